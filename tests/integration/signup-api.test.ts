import { describe, expect, it } from "vitest";
import { goodPassword, postJson, signUpMember, uniquePseudonym } from "@/tests/factories/accounts";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile();
const database = hearth.database;

const userCount = () => database.prisma.user.count();

describe("POST /api/signup", () => {
  it("creates a member and returns id, pseudonym and a one-time recovery code", async () => {
    const pseudonym = uniquePseudonym("Quiet Willow");
    const { status, body } = await postJson(`${hearth.app.url}/api/signup`, {
      pseudonym,
      password: goodPassword,
    });
    expect(status).toBe(201);
    expect(body).toEqual({
      id: expect.any(String),
      pseudonym,
      recoveryCode: expect.stringMatching(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/),
    });
    const stored = await database.prisma.user.findUniqueOrThrow({ where: { id: body.id as string } });
    expect(stored.pseudonym).toBe(pseudonym);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(goodPassword);
    expect(stored.recoveryCodeHash).toMatch(/^\$argon2id\$/);
    expect(stored.siteRole).toBe("member");
  });

  it("tidies spaces in a pseudonym", async () => {
    const { status, body } = await postJson(`${hearth.app.url}/api/signup`, {
      pseudonym: "  Calm   Harbor 7 ",
      password: goodPassword,
    });
    expect(status).toBe(201);
    expect(body.pseudonym).toBe("Calm Harbor 7");
  });

  it("refuses a pseudonym already taken, ignoring case and separators, with 409 pseudonym_taken", async () => {
    const first = await signUpMember(hearth.app.url, { pseudonym: uniquePseudonym("Still Fern") });
    const before = await userCount();
    for (const variant of [
      first.pseudonym.toUpperCase(),
      first.pseudonym.replace(/ /g, "_"),
      first.pseudonym.replace(/ /g, "-").toLowerCase(),
    ]) {
      const { status, body } = await postJson(`${hearth.app.url}/api/signup`, {
        pseudonym: variant,
        password: goodPassword,
      });
      expect(status).toBe(409);
      expect(body.error?.code).toBe("pseudonym_taken");
      expect(body.error?.fields?.pseudonym).toMatch(/already uses that pseudonym/);
    }
    expect(await userCount()).toBe(before);
  });

  it.each([
    ["too short", { pseudonym: "ab", password: goodPassword }, "pseudonym", /at least 3/],
    ["too long", { pseudonym: "a".repeat(25), password: goodPassword }, "pseudonym", /at most 24/],
    ["odd characters", { pseudonym: "Hello!<b>", password: goodPassword }, "pseudonym", /letters/],
    ["look-alike letters", { pseudonym: "Аdam Cyrillic", password: goodPassword }, "pseudonym", /letters/],
    ["only separators", { pseudonym: "___", password: goodPassword }, "pseudonym", /letter or digit/],
    ["reserved word", { pseudonym: "Hearth Team", password: goodPassword }, "pseudonym", /kept for Hearth/],
    [
      "reserved with digits",
      { pseudonym: "Adm1n Helper", password: goodPassword },
      "pseudonym",
      /kept for Hearth/,
    ],
    ["reserved exactly", { pseudonym: "Moderator", password: goodPassword }, "pseudonym", /kept for Hearth/],
    ["short password", { pseudonym: uniquePseudonym(), password: "short" }, "password", /at least 10/],
    ["common password", { pseudonym: uniquePseudonym(), password: "password123" }, "password", /most common/],
    [
      "password containing the pseudonym",
      { pseudonym: "Gentle Moss 12", password: "gentlemoss12 forever" },
      "password",
      /pseudonym/,
    ],
    ["missing pseudonym", { password: goodPassword }, "pseudonym", /choose a pseudonym/],
    ["wrong type", { pseudonym: 42, password: goodPassword }, "pseudonym", /choose a pseudonym/],
    ["missing password", { pseudonym: uniquePseudonym() }, "password", /choose a password/],
  ])(
    "refuses %s with 400 invalid_input naming the field, and writes nothing",
    async (_case, input, field, message) => {
      const before = await userCount();
      const { status, body } = await postJson(`${hearth.app.url}/api/signup`, input);
      expect(status).toBe(400);
      expect(body.error?.code).toBe("invalid_input");
      expect(body.error?.fields?.[field]).toMatch(message);
      expect(await userCount()).toBe(before);
    },
  );

  it("names every wrong field at once", async () => {
    const { status, body } = await postJson(`${hearth.app.url}/api/signup`, {
      pseudonym: "x",
      password: "y",
    });
    expect(status).toBe(400);
    expect(Object.keys(body.error?.fields ?? {}).sort()).toEqual(["password", "pseudonym"]);
  });

  it("answers malformed JSON with 400 invalid_input", async () => {
    const before = await userCount();
    const { status, body } = await postJson(`${hearth.app.url}/api/signup`, '{"pseudonym": "Half');
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: "invalid_input",
      message: expect.stringMatching(/not valid JSON/),
      requestId: expect.any(String),
    });
    expect(await userCount()).toBe(before);
  });

  it("answers a JSON value that is not an object with 400 invalid_input", async () => {
    const { status, body } = await postJson(`${hearth.app.url}/api/signup`, "[1,2,3]");
    expect(status).toBe(400);
    expect(body.error?.code).toBe("invalid_input");
  });

  it("answers a body over 16 KB with 413 and writes nothing", async () => {
    const before = await userCount();
    const { status, body } = await postJson(`${hearth.app.url}/api/signup`, {
      pseudonym: uniquePseudonym(),
      password: "p".repeat(20_000),
    });
    expect(status).toBe(413);
    expect(body.error?.code).toBe("payload_too_large");
    expect(await userCount()).toBe(before);
  });

  it("lets exactly one of two simultaneous sign-ups with the same name through", async () => {
    const pseudonym = uniquePseudonym("Twin Brook");
    const results = await Promise.all(
      [0, 1, 2].map(() => postJson(`${hearth.app.url}/api/signup`, { pseudonym, password: goodPassword })),
    );
    expect(results.map((result) => result.status).sort()).toEqual([201, 409, 409]);
    expect(await database.prisma.user.count({ where: { pseudonym } })).toBe(1);
  });
});

describe("GET /api/pseudonym-suggestion", () => {
  it("suggests a gentle pseudonym that is valid and free", async () => {
    const response = await fetch(`${hearth.app.url}/api/pseudonym-suggestion`);
    const { pseudonym } = (await response.json()) as { pseudonym: string };
    expect(pseudonym).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ \d{2,3}$/);
    const signUp = await postJson(`${hearth.app.url}/api/signup`, { pseudonym, password: goodPassword });
    expect(signUp.status).toBe(201);
  });
});

describe("GET /api/health", () => {
  it("answers 200 with the database up", async () => {
    const response = await fetch(`${hearth.app.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up", redis: "not_configured" });
  });
});
