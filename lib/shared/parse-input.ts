import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/shared/errors";

/** Parses outside input with a schema; failure becomes `invalid_input` naming each field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : "input";
    fields[field] ??= issue.message;
  }
  const summary = Object.entries(fields)
    .map(([field, problem]) => `${field}: ${problem}`)
    .join(" ");
  throw new AppError("invalid_input", `Please check what you entered. ${summary}`, { fields });
}
