import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { openSecret, sealSecret } from "@/lib/server/auth/secret-box";

const original = process.env.NEXTAUTH_SECRET;
const useSecret = (secret: string) => {
  process.env.NEXTAUTH_SECRET = secret;
  resetEnvCache();
};

describe("the secret box", () => {
  beforeAll(() => useSecret("a-test-secret-that-is-long-enough-0123456789"));
  afterAll(() => {
    if (original === undefined) delete process.env.NEXTAUTH_SECRET;
    else process.env.NEXTAUTH_SECRET = original;
    resetEnvCache();
  });

  it("opens what it sealed, and never shows the plaintext", () => {
    const sealed = sealSecret("authenticator-app", "owner-1", "JBSWY3DPEHPK3PXP");
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret("authenticator-app", "owner-1", sealed)).toBe("JBSWY3DPEHPK3PXP");
    expect(sealSecret("authenticator-app", "owner-1", "JBSWY3DPEHPK3PXP")).not.toBe(sealed);
  });

  it("refuses a box moved to another owner, altered, or sealed with another secret", () => {
    const sealed = sealSecret("authenticator-app", "owner-1", "JBSWY3DPEHPK3PXP");
    expect(() => openSecret("authenticator-app", "owner-2", sealed)).toThrow();
    expect(() => openSecret("another-purpose", "owner-1", sealed)).toThrow();
    const parts = sealed.split(".");
    const altered = [...parts.slice(0, 3), Buffer.from("XXXXXXXXXXXXXXXX").toString("base64url")].join(".");
    expect(() => openSecret("authenticator-app", "owner-1", altered)).toThrow();
    useSecret("another-test-secret-that-is-long-enough-987654");
    expect(() => openSecret("authenticator-app", "owner-1", sealed)).toThrow();
  });
});
