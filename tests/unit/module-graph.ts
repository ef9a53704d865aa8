// Reads Hearth's own modules as a graph of imports, so a test can ask what the browser ends up
// loading. Parsed with TypeScript itself: a regular expression would miss `import type`,
// `export … from`, `import("…")` and `typeof import("…")`, and every one of them counts.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const root = path.resolve(import.meta.dirname, "../..");

const notOurs = new Set([
  "node_modules",
  ".git",
  ".next",
  "generated",
  ".data",
  ".test-data",
  "test-results",
  "playwright-report",
]);

/** Every .ts/.tsx file of the project, as paths relative to the root with forward slashes. */
export function sourceFiles(directory = root): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (notOurs.has(entry.name)) return [];
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [relative(full)] : [];
  });
}

function parse(text: string, fileName = "module.tsx"): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
}

/** True when the module's directive prologue says "use client" (comments may come first). */
export function isClientModule(text: string): boolean {
  for (const statement of parse(text).statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use client") return true;
  }
  return false;
}

/** Every module specifier the text names: static, type-only, re-exported and dynamic. */
export function importedSpecifiers(text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      found.push((node.moduleReference.expression as ts.StringLiteral).text);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      found.push((node.argument.literal as ts.StringLiteral).text);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(parse(text));
  return found;
}

/** The project file a specifier names, or undefined for packages and Node built-ins. */
export function resolveSpecifier(specifier: string, fromFile: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(root, path.dirname(fromFile), specifier);
  else return undefined;
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ];
  const file = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return file && /\.tsx?$/.test(file) ? relative(file) : undefined;
}

/**
 * For each start file, the first import chain that reaches a file `forbidden` accepts; files
 * that reach none are left out. Chains list relative paths, start file first.
 */
export function forbiddenChains(starts: string[], forbidden: (file: string) => boolean): string[][] {
  const chains: string[][] = [];
  for (const start of starts) {
    const cameFrom = new Map<string, string | null>([[start, null]]);
    const queue = [start];
    let reached: string | undefined;
    while (queue.length > 0 && !reached) {
      const file = queue.shift() as string;
      for (const specifier of importedSpecifiers(read(file))) {
        const target = resolveSpecifier(specifier, file) ?? specifier;
        if (cameFrom.has(target)) continue;
        cameFrom.set(target, file);
        if (forbidden(target)) {
          reached = target;
          break;
        }
        if (resolveSpecifier(specifier, file)) queue.push(target);
      }
    }
    if (!reached) continue;
    const chain = [reached];
    for (let step = cameFrom.get(reached); step; step = cameFrom.get(step)) chain.unshift(step);
    chains.push(chain);
  }
  return chains;
}

const cache = new Map<string, string>();
export function read(file: string): string {
  let text = cache.get(file);
  if (text === undefined) cache.set(file, (text = readFileSync(path.join(root, file), "utf8")));
  return text;
}

function relative(file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}
