import { describe, expect, it } from "vitest";
import { messageIdSchema } from "@/lib/shared/schemas/chat";

describe("message ids", () => {
  it.each(["1", "42", 42, "9223372036854775807"])("accepts %s", (value) => {
    expect(messageIdSchema.safeParse(value).success).toBe(true);
  });

  // Each of these must be a clean refusal, never an exception (BigInt("x") throws).
  it.each([
    "x",
    "",
    "0",
    "-1",
    "1.5",
    "01",
    "1e3",
    " 1",
    "9223372036854775808",
    "99999999999999999999",
    1.5,
    null,
  ])("refuses %s without throwing", (value) => {
    expect(() => messageIdSchema.safeParse(value)).not.toThrow();
    expect(messageIdSchema.safeParse(value).success).toBe(false);
  });
});
