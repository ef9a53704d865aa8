import { describe, expect, it } from "vitest";
import { pseudonymKey, pseudonymSchema, recoveryCodeSchema } from "@/lib/shared/schemas/account";

describe("pseudonymSchema", () => {
  it.each([
    ["Quiet River", "Quiet River"],
    ["  Quiet   River  ", "Quiet River"],
    ["abc", "abc"],
    ["a".repeat(24), "a".repeat(24)],
    ["under_score-dash 9", "under_score-dash 9"],
  ])("accepts %j as %j", (input, expected) => {
    expect(pseudonymSchema.parse(input)).toBe(expected);
  });

  it.each([
    ["ab", /at least 3/],
    ["a".repeat(25), /at most 24/],
    ["emoji 🌿 name", /letters/],
    ["Zoë Accent", /letters/],
    ["Аdam", /letters/], // Cyrillic А
    ["<script>", /letters/],
    ["- _ -", /letter or digit/],
  ])("refuses %j", (input, message) => {
    const result = pseudonymSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });
});

describe("pseudonymKey", () => {
  it("ignores case, spaces, underscores and dashes", () => {
    expect(pseudonymKey("Quiet River")).toBe("quietriver");
    expect(pseudonymKey("quiet_river")).toBe("quietriver");
    expect(pseudonymKey("QUIET-RIVER")).toBe("quietriver");
  });
});

describe("recoveryCodeSchema", () => {
  it("accepts the code with or without dashes and spaces, in any case", () => {
    expect(recoveryCodeSchema.parse("abcde-fghjk-mnpqr-stvwx")).toBe("ABCDEFGHJKMNPQRSTVWX");
    expect(recoveryCodeSchema.parse("ABCDE FGHJK MNPQR STVWX")).toBe("ABCDEFGHJKMNPQRSTVWX");
  });

  it("refuses a code of the wrong length", () => {
    expect(recoveryCodeSchema.safeParse("ABCDE-FGHJK").success).toBe(false);
  });
});

describe("empty fields", () => {
  it("ask for the value rather than quoting a length", () => {
    expect(pseudonymSchema.safeParse("   ").error?.issues[0]?.message).toBe("Please choose a pseudonym.");
  });
});
