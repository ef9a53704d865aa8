// The server compiled to plain JavaScript (docs/decisions/0030-production-image.md): server.ts and
// the admin command, with everything they import from this repository (lib/, prisma/seed.ts, the
// generated Prisma client), each bundled into one ES module under dist/. Packages stay imports of
// node_modules: production installs them (`npm ci --omit=dev`), and they must be the same copies
// the Next.js build loads (next, react), not second ones inside the bundle.
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { build, type BuildOptions } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");

/** How the server is compiled (a unit test reads what the bundle imports with the same options). */
export const serverBuildOptions = {
  absWorkingDir: root,
  entryPoints: { server: "server.ts", "admin-grant": "scripts/admin-grant.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node24",
  // Bare imports stay external; the @/ alias (tsconfig paths) is resolved first, so our own
  // code is bundled.
  packages: "external",
  tsconfig: "tsconfig.json",
  // Not minified: a stack trace names real functions, and the bundle marks each source file.
  minify: false,
  // For tools, not for run time (Node.js reads it only with --enable-source-maps): the
  // benchmark's CPU profiles are traced back to source files with it.
  sourcemap: "linked",
  sourcesContent: false,
  logLevel: "warning",
} satisfies BuildOptions;

export async function buildServer(): Promise<void> {
  const result = await build({ ...serverBuildOptions, write: false });
  await mkdir(path.join(root, "dist"), { recursive: true });
  // Written beside and renamed: a test run starting Hearth meanwhile reads the old file or the
  // new one, never half of one.
  for (const file of result.outputFiles) {
    const partial = `${file.path}.${process.pid}.partial`;
    await writeFile(partial, file.contents);
    await rename(partial, file.path);
  }
}
