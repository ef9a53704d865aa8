// Sign-in, sign-out, recovery and password changes, through next-auth and the HTTP API, and
// what they mean for open sockets.
import { describe, expect, it } from "vitest";
import { goodPassword, postJson, sessionFor, signIn, signUpMember } from "@/tests/factories/accounts";
import { appPerFile } from "@/tests/setup/app-per-file";
import { connectSocket } from "@/tests/setup/socket-client";

const hearth = appPerFile();
const database = hearth.database;

describe("sign-in", () => {
  it("gives a session cookie for the right pseudonym and password, in any case", async () => {
    const member = await signUpMember(hearth.app.url);
    const { cookie } = await signIn(hearth.app.url, member.pseudonym.toLowerCase(), member.password);
    expect(cookie).toBeDefined();
    expect(await sessionFor(hearth.app.url, cookie as string)).toMatchObject({
      user: { id: member.id, name: member.pseudonym },
    });
  });

  it("refuses a wrong password and an unknown pseudonym with the same words", async () => {
    const member = await signUpMember(hearth.app.url);
    const wrongPassword = await signIn(hearth.app.url, member.pseudonym, "not the password at all");
    const unknown = await signIn(hearth.app.url, "Nobody Here 404", "not the password at all");
    expect(wrongPassword.cookie).toBeUndefined();
    expect(JSON.parse(wrongPassword.error ?? "{}")).toMatchObject({ code: "unauthenticated" });
    expect(JSON.parse(unknown.error ?? "{}")).toEqual(JSON.parse(wrongPassword.error ?? "{}"));
  });

  it("sets the session cookie httpOnly", async () => {
    const member = await signUpMember(hearth.app.url);
    const csrf = await fetch(`${hearth.app.url}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${hearth.app.url}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        origin: hearth.app.url,
        "content-type": "application/x-www-form-urlencoded",
        cookie: csrf.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; "),
      },
      body: new URLSearchParams({
        csrfToken,
        pseudonym: member.pseudonym,
        password: member.password,
        json: "true",
      }),
    });
    const sessionCookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith("next-auth.session-token="));
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
  });
});

describe("recovery", () => {
  it("sets a new password with the code once, returns a new code, and the old code is dead", async () => {
    const member = await signUpMember(hearth.app.url);
    const newPassword = "a brand new passphrase";
    const first = await postJson(`${hearth.app.url}/api/recover`, {
      pseudonym: member.pseudonym,
      recoveryCode: member.recoveryCode,
      newPassword,
    });
    expect(first.status).toBe(200);
    expect(first.body.recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(first.body.recoveryCode).not.toBe(member.recoveryCode);

    const again = await postJson(`${hearth.app.url}/api/recover`, {
      pseudonym: member.pseudonym,
      recoveryCode: member.recoveryCode,
      newPassword: "yet another passphrase",
    });
    expect(again.status).toBe(401);
    expect(again.body.error?.code).toBe("unauthenticated");
    expect(again.body.error?.fields?.recoveryCode).toBeDefined();

    expect((await signIn(hearth.app.url, member.pseudonym, member.password)).cookie).toBeUndefined();
    expect((await signIn(hearth.app.url, member.pseudonym, newPassword)).cookie).toBeDefined();

    const withNewCode = await postJson(`${hearth.app.url}/api/recover`, {
      pseudonym: member.pseudonym,
      recoveryCode: first.body.recoveryCode,
      newPassword: "third passphrase here",
    });
    expect(withNewCode.status).toBe(200);
  });

  it("accepts the code typed loosely (lower case, no dashes, O for 0)", async () => {
    const member = await signUpMember(hearth.app.url);
    const loose = member.recoveryCode.toLowerCase().replace(/-/g, " ").replace(/0/g, "o");
    const { status } = await postJson(`${hearth.app.url}/api/recover`, {
      pseudonym: member.pseudonym,
      recoveryCode: loose,
      newPassword: "gentle new passphrase",
    });
    expect(status).toBe(200);
  });

  it("signs out every existing session", async () => {
    const member = await signUpMember(hearth.app.url);
    const { cookie } = await signIn(hearth.app.url, member.pseudonym, member.password);
    expect(await sessionFor(hearth.app.url, cookie as string)).not.toBeNull();
    await postJson(`${hearth.app.url}/api/recover`, {
      pseudonym: member.pseudonym,
      recoveryCode: member.recoveryCode,
      newPassword: "gentle new passphrase",
    });
    expect(await sessionFor(hearth.app.url, cookie as string)).toBeNull();
    expect(await connectSocket(hearth.app.url, { cookie: cookie as string })).toMatchObject({
      connected: false,
      code: "unauthenticated",
    });
  });

  it("lets only one of two simultaneous uses of one code through", async () => {
    const member = await signUpMember(hearth.app.url);
    const attempts = await Promise.all(
      ["first new passphrase", "second new passphrase"].map((newPassword) =>
        postJson(`${hearth.app.url}/api/recover`, {
          pseudonym: member.pseudonym,
          recoveryCode: member.recoveryCode,
          newPassword,
        }),
      ),
    );
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual([200, 401]);
  });

  it.each([
    ["a malformed code", { recoveryCode: "not-a-code" }, "recoveryCode", 400],
    ["a weak new password", { newPassword: "short" }, "newPassword", 400],
    ["a common new password", { newPassword: "1234567890" }, "newPassword", 400],
    ["a wrong code", { recoveryCode: "ABCDE-FGHJK-MNPQR-STVWX" }, "recoveryCode", 401],
  ])("refuses %s and changes nothing", async (_case, change, field, status) => {
    const member = await signUpMember(hearth.app.url);
    const before = await database.prisma.user.findUniqueOrThrow({ where: { id: member.id } });
    const result = await postJson(`${hearth.app.url}/api/recover`, {
      pseudonym: member.pseudonym,
      recoveryCode: member.recoveryCode,
      newPassword: "fine new passphrase",
      ...change,
    });
    expect(result.status).toBe(status);
    expect(result.body.error?.fields?.[field]).toBeDefined();
    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(after).toEqual(before);
  });
});

describe("changing the password", () => {
  it("needs a session", async () => {
    const { status, body } = await postJson(`${hearth.app.url}/api/account/password`, {
      currentPassword: goodPassword,
      newPassword: "whatever new passphrase",
    });
    expect(status).toBe(401);
    expect(body.error?.code).toBe("unauthenticated");
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const member = await signUpMember(hearth.app.url);
    const { cookie } = await signIn(hearth.app.url, member.pseudonym, member.password);
    const result = await postJson(
      `${hearth.app.url}/api/account/password`,
      { currentPassword: "not my password", newPassword: "whatever new passphrase" },
      { cookie: cookie as string },
    );
    expect(result.status).toBe(400);
    expect(result.body.error?.fields?.currentPassword).toMatch(/not your current password/);
    expect((await signIn(hearth.app.url, member.pseudonym, member.password)).cookie).toBeDefined();
  });

  it("signs out the other sessions and closes their open sockets at once", async () => {
    const member = await signUpMember(hearth.app.url);
    const laptop = (await signIn(hearth.app.url, member.pseudonym, member.password)).cookie as string;
    const phone = (await signIn(hearth.app.url, member.pseudonym, member.password)).cookie as string;
    const phoneSocket = await connectSocket(hearth.app.url, { cookie: phone });
    if (!phoneSocket.connected) throw new Error("the phone's socket should connect");
    const phoneRevoked = new Promise<void>((resolve) =>
      phoneSocket.socket.once("session:revoked", () => resolve()),
    );
    const phoneClosed = new Promise<string>((resolve) =>
      phoneSocket.socket.once("disconnect", (reason) => resolve(reason)),
    );

    const newPassword = "completely new passphrase";
    const result = await postJson(
      `${hearth.app.url}/api/account/password`,
      { currentPassword: member.password, newPassword },
      { cookie: laptop },
    );
    expect(result.status).toBe(200);

    await phoneRevoked;
    expect(await phoneClosed).toBe("io server disconnect");
    expect(await sessionFor(hearth.app.url, phone)).toBeNull();
    expect(await connectSocket(hearth.app.url, { cookie: phone })).toMatchObject({
      connected: false,
      code: "unauthenticated",
    });
    expect((await signIn(hearth.app.url, member.pseudonym, member.password)).cookie).toBeUndefined();
    expect((await signIn(hearth.app.url, member.pseudonym, newPassword)).cookie).toBeDefined();
  });
});

describe("socket handshake", () => {
  it("refuses a socket without a session with unauthenticated", async () => {
    expect(await connectSocket(hearth.app.url)).toMatchObject({ connected: false, code: "unauthenticated" });
    expect(await connectSocket(hearth.app.url, {}, ["polling"])).toMatchObject({
      connected: false,
      code: "unauthenticated",
    });
  });

  it("refuses a forged or garbled session cookie", async () => {
    const outcome = await connectSocket(hearth.app.url, {
      cookie: "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged",
    });
    expect(outcome).toMatchObject({ connected: false, code: "unauthenticated" });
  });

  it("refuses a valid session from a foreign Origin with forbidden", async () => {
    const member = await signUpMember(hearth.app.url);
    const { cookie } = await signIn(hearth.app.url, member.pseudonym, member.password);
    const outcome = await connectSocket(hearth.app.url, {
      cookie: cookie as string,
      origin: "https://evil.example",
    });
    expect(outcome).toMatchObject({ connected: false, code: "forbidden" });
  });

  it("accepts a valid session from the app's own Origin, over WebSocket and over polling", async () => {
    const member = await signUpMember(hearth.app.url);
    const { cookie } = await signIn(hearth.app.url, member.pseudonym, member.password);
    for (const transports of [["websocket"], ["polling"]] as const) {
      const outcome = await connectSocket(
        hearth.app.url,
        { cookie: cookie as string, origin: hearth.app.url },
        [...transports],
      );
      expect(outcome.connected).toBe(true);
      if (outcome.connected) outcome.socket.close();
    }
  });

  it("refuses the session of a disabled account", async () => {
    const member = await signUpMember(hearth.app.url);
    const { cookie } = await signIn(hearth.app.url, member.pseudonym, member.password);
    await database.prisma.user.update({ where: { id: member.id }, data: { disabledAt: new Date() } });
    expect(await connectSocket(hearth.app.url, { cookie: cookie as string })).toMatchObject({
      connected: false,
      code: "unauthenticated",
    });
  });
});
