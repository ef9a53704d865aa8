// What "an internal name" is, for the tests that walk every door's error answers
// (tests/unit/field-words.test.ts, tests/integration/field-words.test.ts): the keys of the input
// schemas every door parses with (lib/shared/schemas/), read from the schemas themselves, so a new
// form's keys are known without anyone listing them.
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { z } from "zod";

const schemasDirectory = path.resolve(import.meta.dirname, "..", "..", "lib", "shared", "schemas");

/** Every zod schema exported from lib/shared/schemas/, by "module.exportName". */
export async function exportedSchemas(): Promise<Map<string, z.ZodType>> {
  const found = new Map<string, z.ZodType>();
  const modules = readdirSync(schemasDirectory).filter((name) => /^[a-z-]+\.ts$/.test(name));
  for (const file of modules) {
    const exports = (await import(pathToFileURL(path.join(schemasDirectory, file)).href)) as Record<
      string,
      unknown
    >;
    for (const [name, value] of Object.entries(exports))
      if (isSchema(value)) found.set(`${file.replace(/\.ts$/, "")}.${name}`, value);
  }
  return found;
}

function isSchema(value: unknown): value is z.ZodType {
  return typeof value === "object" && value !== null && "_zod" in value && "safeParse" in value;
}

interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}
const definition = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** What a schema reads: its object keys at any depth, and the values its discriminated unions switch on. */
export interface SchemaNames {
  keys: Set<string>;
  /** Discriminator key → the values it takes ("action" → "hide_message", …). */
  switches: Map<string, Set<string>>;
}

export function schemaNames(
  schema: z.ZodType,
  into: SchemaNames = { keys: new Set(), switches: new Map() },
): SchemaNames {
  const def = definition(schema);
  if (def.type === "object" && def.shape)
    for (const [key, inner] of Object.entries(def.shape)) {
      into.keys.add(key);
      schemaNames(inner, into);
    }
  if (def.type === "union" && def.discriminator) {
    const values = into.switches.get(def.discriminator) ?? new Set<string>();
    for (const option of def.options ?? [])
      for (const value of definition(definition(option).shape![def.discriminator]!).values ?? [])
        values.add(String(value));
    into.switches.set(def.discriminator, values);
  }
  for (const inner of [def.element, def.innerType, def.in, ...(def.options ?? [])])
    if (inner) schemaNames(inner, into);
  return into;
}

/** Every name a person must never be shown: the keys, and the switch values written as identifiers. */
export function internalNames(names: SchemaNames): string[] {
  return [
    ...names.keys,
    ...[...names.switches.values()].flatMap((values) => [...values]).filter((value) => /_/.test(value)),
  ];
}

/**
 * Inputs that put `value` in every place the schema reads (one per option of a discriminated
 * union, with its discriminator set), so each of its fields answers for that value at once.
 */
export function everyFieldSetTo(schema: z.ZodType, value: unknown): unknown[] {
  const def = definition(schema);
  switch (def.type) {
    case "object": {
      const keys = Object.entries(def.shape ?? {});
      return [Object.fromEntries(keys.map(([key, inner]) => [key, everyFieldSetTo(inner, value)[0]]))];
    }
    case "array":
      return [[everyFieldSetTo(def.element!, value)[0]]];
    case "union":
      if (def.discriminator) {
        const key = def.discriminator;
        return def.options!.flatMap((option) =>
          everyFieldSetTo(option, value).map((input) => ({
            ...(input as object),
            [key]: definition(definition(option).shape![key]!).values![0],
          })),
        );
      }
      return [value];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
      return everyFieldSetTo(def.innerType!, value);
    case "pipe":
      return everyFieldSetTo(def.in!, value);
    default:
      return [value];
  }
}

/** Values no field of Hearth's accepts everywhere: each one is wrong for most fields somewhere. */
export const wrongValues: readonly unknown[] = [
  undefined,
  { nested: true },
  "",
  "   ",
  "x".repeat(5000),
  -1.5,
  10 ** 12,
  "not\u0000right",
  true,
  [],
  null,
];

/** Input that is not an object at all, or carries a key no schema has. */
export const wrongShapes: readonly unknown[] = ["text", 7, null, [], { someUnexpectedKey: 1 }];

const identifierLike = (name: string) => /[A-Z_0-9]/.test(name.slice(1));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The internal names a text shows a person: any of `names` written as a program would (roomId,
 * self_harm_risk, "body:"), any camelCase or dotted path, and zod's own wording.
 */
export function internalNamesIn(text: string, names: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const name of names) {
    const pattern = identifierLike(name)
      ? new RegExp(`(^|[^A-Za-z0-9_])${escape(name)}($|[^A-Za-z0-9_])`)
      : // A plain word is a name where it heads a problem, as in "body: Too long" (a label, capitalised
        // and often longer, such as "Your messages:", is words).
        new RegExp(`(^|[.!?:]\\s+)${escape(name)}\\s*:|"${escape(name)}"`);
    if (pattern.test(text)) found.add(name);
  }
  for (const match of text.matchAll(/\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[a-z][A-Za-z]*\.[A-Za-z0-9]+\b/g))
    found.add(match[0]);
  for (const jargon of [
    /Invalid input/i,
    /expected (string|number|boolean|object|array|nonoptional)/i,
    /received (undefined|string|number|object|array|null|boolean)/i,
    /Unrecognized key/i,
    /Too (small|big):/i,
    /Invalid (UUID|string|option|element|key)/i,
  ])
    if (jargon.test(text)) found.add(jargon.source);
  return [...found];
}
