import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("fills in defaults for a bare environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      HOST: "0.0.0.0",
      DATA_DIR: ".data",
      RATE_LIMIT_SCALE: 1,
      TRUST_PROXY: { kind: "none" },
      ALLOWED_ORIGINS: [],
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty variables as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", REDIS_URL: " ", PORT: "" });
    expect([env.DATABASE_URL, env.REDIS_URL, env.PORT]).toEqual([undefined, undefined, 3000]);
  });

  it("parses lists and flags", () => {
    const env = parseEnv({ ALLOWED_ORIGINS: "https://a.example, https://b.example", TRUST_PROXY: "true" });
    expect(env.ALLOWED_ORIGINS).toEqual(["https://a.example", "https://b.example"]);
    expect(env.TRUST_PROXY).toEqual({ kind: "hops", hops: 1 });
    expect(parseEnv({ TRUST_PROXY: "10.0.0.1, 10.1.0.0/16" }).TRUST_PROXY).toEqual({
      kind: "addresses",
      addresses: ["10.0.0.1", "10.1.0.0/16"],
    });
  });

  it("requires a second factor of staff unless REQUIRE_STAFF_SECOND_FACTOR says false", () => {
    expect(parseEnv({}).REQUIRE_STAFF_SECOND_FACTOR).toBe(true);
    expect(parseEnv({ REQUIRE_STAFF_SECOND_FACTOR: "false" }).REQUIRE_STAFF_SECOND_FACTOR).toBe(false);
    expect(parseEnv({ REQUIRE_STAFF_SECOND_FACTOR: "FALSE" }).REQUIRE_STAFF_SECOND_FACTOR).toBe(false);
    expect(parseEnv({ REQUIRE_STAFF_SECOND_FACTOR: "true" }).REQUIRE_STAFF_SECOND_FACTOR).toBe(true);
    expect(() => parseEnv({ REQUIRE_STAFF_SECOND_FACTOR: "maybe" })).toThrow(/REQUIRE_STAFF_SECOND_FACTOR/);
  });

  it("lists every problem at once", () => {
    try {
      parseEnv({ PORT: "eighty", REDIS_URL: "nope", NEXTAUTH_SECRET: "short", ALLOWED_ORIGINS: "not a url" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const problems = (error as EnvError).problems.join("\n");
      for (const variable of ["PORT", "REDIS_URL", "NEXTAUTH_SECRET", "ALLOWED_ORIGINS"])
        expect(problems).toContain(variable);
    }
  });

  it("requires NEXTAUTH_SECRET in production with a real database, not with the embedded one", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/hearth" })).toThrow(
      /NEXTAUTH_SECRET: is required in production/,
    );
    expect(() => parseEnv({ NODE_ENV: "production" })).not.toThrow();
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://db/hearth",
        NEXTAUTH_SECRET: "x".repeat(32),
      }),
    ).not.toThrow();
  });
});
