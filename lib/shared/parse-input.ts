import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/shared/errors";
import { fieldLabel } from "@/lib/shared/field-labels";

/**
 * Parses outside input with a schema; failure becomes `invalid_input`. Every door parses through
 * here, so this is where the words are made: `fields` maps each field's name (for a form to put
 * the problem beside its input) to what is wrong, and the message names each field in words
 * (lib/shared/field-labels.ts), never by its internal name.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input, { error: plainWords });
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  // Two fields can share words (a message's id and its text): each problem is said once.
  const problems = new Set<string>();
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : "input";
    if (fields[field] !== undefined) continue;
    fields[field] = issue.message;
    const label = fieldLabel(issue.path);
    const problem = label ? `${label}: ${issue.message}` : issue.message;
    problems.add(problem);
  }
  const summary = [...problems].join(" ");
  throw new AppError("invalid_input", `Please check what you entered. ${summary}`, { fields });
}

type Issue = z.core.$ZodRawIssue;

const sizes = (issue: Issue & { origin?: string }) =>
  issue.origin === "string"
    ? "characters"
    : issue.origin === "array" || issue.origin === "set"
      ? "choices"
      : null;

/**
 * What a check says when its schema gives no words of its own (a schema's own message always
 * wins). These mostly reach scripts and old pages rather than Hearth's forms, but they are still
 * read by people: no zod wording ("expected string, received undefined"), and no key names.
 */
function plainWords(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "Please fill this in.";
      if (issue.expected === "object") return "We couldn't read this. Please try again from the page.";
      if (issue.expected === "int") return "Please give a whole number.";
      if (issue.expected === "number") return "Please give a number.";
      if (issue.expected === "boolean") return "Please choose yes or no.";
      if (issue.expected === "array") return "Please choose from the list.";
      return "Please write this as text.";
    case "too_small": {
      const unit = sizes(issue);
      if (unit === "characters" && Number(issue.minimum) <= 1) return "Please fill this in.";
      return unit ? `Use at least ${issue.minimum} ${unit}.` : `Use at least ${issue.minimum}.`;
    }
    case "too_big": {
      const unit = sizes(issue);
      return unit ? `Use at most ${issue.maximum} ${unit}.` : `Use at most ${issue.maximum}.`;
    }
    case "not_multiple_of":
      return "Please give a whole number.";
    case "invalid_value":
    case "invalid_union":
      return "Please choose one of the options offered.";
    case "unrecognized_keys":
      return "Part of this wasn't expected. Please try again from the page.";
    default:
      // invalid_format (an id, a time, a pattern), invalid_key, invalid_element, custom.
      return "That isn't in a form we can use. Please check it.";
  }
}
