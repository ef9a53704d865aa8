// Every form's error paths, walked: each door parses its input with parseInput and a schema from
// lib/shared/schemas/ (checked below over the source, so a new door is found without being
// listed), and every field of every such schema, given each kind of wrong value, must come back
// named in words, never by its internal name. The same over the running server's doors:
// tests/integration/field-words.test.ts.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/shared/errors";
import { fieldLabel, fieldLabels } from "@/lib/shared/field-labels";
import { parseInput } from "@/lib/shared/parse-input";
import { scheduleSessionSchema } from "@/lib/shared/schemas/session";
import {
  everyFieldSetTo,
  exportedSchemas,
  internalNames,
  internalNamesIn,
  schemaNames,
  wrongShapes,
  wrongValues,
} from "@/tests/setup/field-names";
import { read, sourceFiles } from "@/tests/unit/module-graph";

const schemas = await exportedSchemas();

function failureOf(schema: Parameters<typeof parseInput>[0], input: unknown): AppError | null {
  try {
    parseInput(schema, input);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe("the doors", () => {
  const calls = sourceFiles()
    .filter((file) => /^(app|lib|components)\//.test(file) && !/\.test\.tsx?$/.test(file))
    .flatMap((file) => {
      const text = read(file);
      return [...text.matchAll(/parseInput\(\s*([A-Za-z0-9_]+)/g)].map((match) => ({
        file,
        schema: match[1]!,
        from: new RegExp(
          `import\\s*\\{[^}]*\\b${match[1]}\\b[^}]*\\}\\s*from\\s*"@/lib/shared/schemas/([a-z-]+)"`,
        ).exec(text)?.[1],
      }));
    });

  it("are found (so the walk below is not vacuous)", () => {
    expect(calls.length).toBeGreaterThan(40);
  });

  it("all parse with a schema from lib/shared/schemas/, which the walk below covers", () => {
    const elsewhere = calls
      .filter((call) => call.schema !== "schema" || call.file !== "lib/shared/parse-input.ts")
      .filter((call) => !call.from || !schemas.has(`${call.from}.${call.schema}`))
      .map((call) => `${call.file}: parseInput(${call.schema}, …)`);
    expect(elsewhere).toEqual([]);
  });

  it("and nothing else parses outside input: no server actions, no parse() of its own", () => {
    const own = sourceFiles()
      .filter((file) => /^(app|components|lib\/server)\//.test(file) && !/\.test\.tsx?$/.test(file))
      .filter((file) =>
        /["']use server["']|(?<!JSON)\.(safeParse|parse)\(\s*(raw|input|body|payload)/.test(read(file)),
      );
    expect(own).toEqual([]);
  });
});

describe("every field of every door's schema", () => {
  for (const [name, schema] of schemas) {
    const names = schemaNames(schema);
    const shown = [...internalNames(names), "input", "someUnexpectedKey"];

    it(`${name}: each field has words`, () => {
      expect([...names.keys].filter((key) => fieldLabel([key]) === null)).toEqual([]);
    });

    it(`${name}: wrong input is answered in words, naming each field`, () => {
      const problems: string[] = [];
      const inputs = [...wrongValues.flatMap((value) => everyFieldSetTo(schema, value)), ...wrongShapes];
      for (const input of inputs) {
        const failure = failureOf(schema, input);
        if (!failure) continue;
        expect(failure.code).toBe("invalid_input");
        const texts = [failure.message, ...Object.values(failure.fields ?? {})];
        const leaked = texts.flatMap((text) => internalNamesIn(text, shown));
        const unnamed = Object.keys(failure.fields ?? {})
          .map((path) => fieldLabel(path.split(".")))
          .filter((label) => label !== null && !failure.message.includes(`${label}:`));
        if (leaked.length > 0 || unnamed.length > 0)
          problems.push(
            `${JSON.stringify(input)?.slice(0, 80)} → ${failure.message} (${[...leaked, ...unnamed]})`,
          );
      }
      expect(problems).toEqual([]);
    });
  }

  it("knows no words for fields that no longer exist", () => {
    const used = new Set<string>();
    for (const schema of schemas.values()) for (const key of schemaNames(schema).keys) used.add(key);
    expect(Object.keys(fieldLabels).filter((key) => !used.has(key))).toEqual([]);
  });
});

describe("the issue's example", () => {
  it("no facilitator chosen: the facilitators, in words", () => {
    const failure = failureOf(scheduleSessionSchema, {
      roomId: "0b5f0e8e-3f5c-4f6e-9d7a-1c2b3d4e5f60",
      theme: "Arriving gently",
      startsAt: "now",
      timeZone: "Asia/Tokyo",
      durationMinutes: 60,
      facilitatorIds: [],
    });
    expect(failure?.message).toBe(
      "Please check what you entered. Facilitators: Choose one or two facilitators.",
    );
    expect(failure?.fields).toEqual({ facilitatorIds: "Choose one or two facilitators." });
  });
});
