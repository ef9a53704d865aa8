import { TOTP, Secret } from "otpauth";
import { describe, expect, it } from "vitest";
import { newAppSecret, secretForReading, stepOfCode } from "@/lib/server/auth/app-codes";

const codeAt = (secret: string, timestamp: number) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp });

describe("authenticator-app codes", () => {
  const secret = newAppSecret();
  const now = 1_800_000_015_000;
  const step = Math.floor(now / 30_000);

  it("accepts the code of this step and of one step either side, naming the step", () => {
    expect(stepOfCode(secret, codeAt(secret, now), now)).toBe(step);
    expect(stepOfCode(secret, codeAt(secret, now - 30_000), now)).toBe(step - 1);
    expect(stepOfCode(secret, codeAt(secret, now + 30_000), now)).toBe(step + 1);
  });

  it("refuses codes two steps away, malformed codes and another secret's code", () => {
    expect(stepOfCode(secret, codeAt(secret, now - 60_000), now)).toBeNull();
    expect(stepOfCode(secret, "12345", now)).toBeNull();
    expect(stepOfCode(secret, "abcdef", now)).toBeNull();
    expect(stepOfCode(secret, codeAt(newAppSecret(), now), now)).not.toBe(step);
  });

  it("takes a code typed with a space", () => {
    const code = codeAt(secret, now);
    expect(stepOfCode(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(step);
  });

  it("shows the secret in groups of four", () => {
    expect(secretForReading("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
    expect(newAppSecret()).toMatch(/^[A-Z2-7]{32}$/);
  });
});
