import { describe, expect, it } from "vitest";
import { generateRecoveryCode, normalizeRecoveryCode } from "@/lib/server/auth/recovery-codes";

describe("recovery codes", () => {
  it("are four groups of five Crockford base32 symbols", () => {
    for (let i = 0; i < 50; i++)
      expect(generateRecoveryCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
  });

  it("are not repeated", () => {
    const codes = new Set(Array.from({ length: 1000 }, generateRecoveryCode));
    expect(codes.size).toBe(1000);
  });

  it("survive being copied by hand: case, separators, O for 0, I or L for 1", () => {
    const code = "01ABC-DEFGH-JKMNP-QRST1";
    expect(normalizeRecoveryCode("o1abc defgh-jkmnp qrstl")).toBe(normalizeRecoveryCode(code));
    expect(normalizeRecoveryCode("OIABC-DEFGH-JKMNP-QRSTI")).toBe(normalizeRecoveryCode(code));
  });
});
