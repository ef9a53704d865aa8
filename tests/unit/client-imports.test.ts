// The browser must never load server code: it would ship database and secret-handling modules
// to every visitor, or break the build. Every module marked "use client", and everything it
// imports in turn, stays out of lib/server/ (type-only imports too: the types the browser
// renders live in lib/shared/). lib/shared/ itself promises to be safe in the browser.
import { describe, expect, it } from "vitest";
import {
  forbiddenChains,
  importedSpecifiers,
  isClientModule,
  read,
  resolveSpecifier,
  sourceFiles,
} from "@/tests/unit/module-graph";

const isServerCode = (file: string) => file.startsWith("lib/server/") || file.startsWith("@/lib/server/");

describe("what the browser loads", () => {
  const files = sourceFiles();
  const clientModules = files.filter((file) => isClientModule(read(file)));

  it("finds the client modules (so the check below is not vacuous)", () => {
    expect(clientModules).toContain("components/admin/admin-panel.tsx");
    expect(clientModules).toContain("components/chat/use-room-chat.ts");
    expect(clientModules.length).toBeGreaterThan(15);
  });

  it('no "use client" module imports lib/server/, directly or through another module', () => {
    const chains = forbiddenChains(clientModules, isServerCode).map((chain) => chain.join(" → "));
    expect(chains).toEqual([]);
  });

  it("lib/shared/ imports nothing from lib/server/", () => {
    const shared = files.filter((file) => file.startsWith("lib/shared/"));
    const chains = forbiddenChains(shared, isServerCode).map((chain) => chain.join(" → "));
    expect(chains).toEqual([]);
  });
});

describe("the import reader behind that check", () => {
  it("knows a client module by its directive prologue, comments allowed before it", () => {
    expect(isClientModule(`"use client";\nexport const a = 1;`)).toBe(true);
    expect(isClientModule(`// why\n/* more */\n'use client'\nimport x from "y";`)).toBe(true);
    expect(isClientModule(`"use strict";\n"use client";`)).toBe(true);
    expect(isClientModule(`import x from "y";\n"use client";`)).toBe(false);
    expect(isClientModule(`const note = "use client";`)).toBe(false);
    expect(isClientModule(`"use server";`)).toBe(false);
  });

  it("sees every kind of import, type-only ones included", () => {
    const text = [
      `import { a } from "@/lib/server/one";`,
      `import type { B } from "@/lib/server/two";`,
      `import { type C } from "./three";`,
      `import "@/lib/server/four";`,
      `export { d } from "@/lib/server/five";`,
      `export type * from "@/lib/server/six";`,
      `const e = await import("@/lib/server/seven");`,
      `type F = typeof import("@/lib/server/eight");`,
      `type G = import("@/lib/server/nine").Nine;`,
      `const h = require("@/lib/server/ten");`,
    ].join("\n");
    expect(importedSpecifiers(text)).toEqual([
      "@/lib/server/one",
      "@/lib/server/two",
      "./three",
      "@/lib/server/four",
      "@/lib/server/five",
      "@/lib/server/six",
      "@/lib/server/seven",
      "@/lib/server/eight",
      "@/lib/server/nine",
      "@/lib/server/ten",
    ]);
  });

  it("resolves the @/ alias and relative paths to project files, and leaves packages alone", () => {
    expect(resolveSpecifier("@/lib/shared/errors", "components/x.tsx")).toBe("lib/shared/errors.ts");
    expect(resolveSpecifier("../shared/errors", "lib/client/socket.ts")).toBe("lib/shared/errors.ts");
    expect(resolveSpecifier("./socket", "lib/client/x.ts")).toBe("lib/client/socket.ts");
    expect(resolveSpecifier("react", "components/x.tsx")).toBeUndefined();
    expect(resolveSpecifier("node:fs", "components/x.tsx")).toBeUndefined();
  });
});
