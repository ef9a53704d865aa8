// A second step at sign-in (decision 0028), through HTTP and sockets: an account with the
// authenticator app gets no session from its password alone; a code computed here passes once;
// wrong codes are limited like wrong passwords; the recovery code works in a code's place, once;
// a pending sign-in ends; signing out everywhere, a new password and deleting the account work on.
import { Secret, TOTP } from "otpauth";
import { beforeAll, describe, expect, it } from "vitest";
import { goodPassword, postJson, sessionFor, uniquePseudonym } from "@/tests/factories/accounts";
import {
  appCode,
  passwordStep,
  redeemSignIn,
  signInWithApp,
  turnOnApp,
} from "@/tests/factories/second-factor";
import { appPerFile } from "@/tests/setup/app-per-file";
import { connectSocket } from "@/tests/setup/socket-client";
import { signIn } from "@/tests/factories/accounts";

// Limits at their real size (scale 1); each person comes from their own address, so the
// address limits of one test do not reach the next.
const hearth = appPerFile({ RATE_LIMIT_SCALE: "1", TRUST_PROXY: "true" });
const prisma = () => hearth.database.prisma;
let addresses = 0;
const from = () => ({ "x-forwarded-for": `203.0.113.${++addresses}` });

interface Person {
  id: string;
  pseudonym: string;
  password: string;
  recoveryCode: string;
  cookie: string;
  secret: string;
  address: Record<string, string>;
}

/** Someone signed up and in, who turned the app on in that session. */
async function personWithApp(): Promise<Person> {
  const address = from();
  const pseudonym = uniquePseudonym();
  const created = await postJson(
    `${hearth.app.url}/api/signup`,
    { pseudonym, password: goodPassword },
    address,
  );
  expect(created.status).toBe(201);
  const { cookie } = await signIn(hearth.app.url, pseudonym, goodPassword, address);
  if (!cookie) throw new Error("sign-in failed");
  const secret = await turnOnApp(hearth.app.url, cookie);
  return {
    id: created.body.id as string,
    pseudonym,
    password: goodPassword,
    recoveryCode: created.body.recoveryCode as string,
    cookie,
    secret,
    address,
  };
}

const secondStep = (body: Record<string, unknown>, address: Record<string, string>) =>
  postJson(`${hearth.app.url}/api/sign-in/second-step`, body, address);

describe("turning the app on", () => {
  it("keeps the secret sealed in the database and makes the session one with a second step", async () => {
    const person = await personWithApp();
    const row = await prisma().authenticatorApp.findUniqueOrThrow({ where: { userId: person.id } });
    expect(row.confirmedAt).not.toBeNull();
    expect(row.secretEncrypted).not.toContain(person.secret);
    expect(row.secretEncrypted).toMatch(/^v1\./);
    const sessions = await prisma().session.findMany({ where: { userId: person.id } });
    expect(sessions.map((session) => session.secondFactorKind)).toEqual(["app"]);
  });

  it("asks for a code that works before it is on, and shows the secret only while setting up", async () => {
    const address = from();
    const pseudonym = uniquePseudonym();
    await postJson(`${hearth.app.url}/api/signup`, { pseudonym, password: goodPassword }, address);
    const { cookie } = await signIn(hearth.app.url, pseudonym, goodPassword, address);
    const begun = await postJson(`${hearth.app.url}/api/account/authenticator-app`, {}, { cookie: cookie! });
    expect(begun.body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(begun.body.uri).toMatch(/^otpauth:\/\/totp\/Hearth:/);
    const wrong = await postJson(
      `${hearth.app.url}/api/account/authenticator-app/confirm`,
      { code: "000000" },
      { cookie: cookie! },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error?.fields?.code).toMatch(/did not work/);
    // Not on yet: the password alone still signs in.
    expect((await signIn(hearth.app.url, pseudonym, goodPassword, address)).cookie).toBeDefined();
  });
});

describe("signing in with the app", () => {
  it("opens no session with the password alone: no cookie, no page, no API, no socket", async () => {
    const person = await personWithApp();
    const step = await passwordStep(hearth.app.url, person.pseudonym, person.password, person.address);
    expect(step.cookie).toBeUndefined();
    expect(step.error?.code).toBe("second_step_required");
    expect(step.pendingSignIn).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The token is not a session: next-auth refuses it until the second step is passed.
    expect((await redeemSignIn(hearth.app.url, step.pendingSignIn!)).cookie).toBeUndefined();
    expect(await prisma().session.count({ where: { userId: person.id } })).toBe(1);
    expect(await connectSocket(hearth.app.url)).toMatchObject({ connected: false, code: "unauthenticated" });
  });

  it("opens the session after a code computed from the secret, and records the second step", async () => {
    const person = await personWithApp();
    const cookie = await signInWithApp(hearth.app.url, person, appCode(person.secret, 1));
    expect((await sessionFor(hearth.app.url, cookie))?.user?.id).toBe(person.id);
    const socket = await connectSocket(hearth.app.url, { cookie });
    expect(socket.connected).toBe(true);
    if (socket.connected) socket.socket.close();
    const newest = await prisma().session.findFirstOrThrow({
      where: { userId: person.id },
      orderBy: { createdAt: "desc" },
    });
    expect(newest.secondFactorKind).toBe("app");
    expect(newest.secondFactorAt).not.toBeNull();
    // The token opened one session; used again it opens nothing.
    expect(await prisma().pendingSignIn.count({ where: { userId: person.id } })).toBe(0);
  });

  it("refuses the same code a second time (replay), and an older one", async () => {
    const person = await personWithApp();
    const code = appCode(person.secret, 1);
    await signInWithApp(hearth.app.url, person, code);
    const again = await passwordStep(hearth.app.url, person.pseudonym, person.password, person.address);
    const replay = await secondStep({ pendingSignIn: again.pendingSignIn, code }, person.address);
    expect(replay.status).toBe(401);
    expect(replay.body.error?.fields?.code).toMatch(/each works once/);
    const older = await secondStep(
      { pendingSignIn: again.pendingSignIn, code: appCode(person.secret) },
      person.address,
    );
    expect(older.status).toBe(401);
    expect((await redeemSignIn(hearth.app.url, again.pendingSignIn!)).cookie).toBeUndefined();
  });

  it("lets only one of two simultaneous uses of one code pass", async () => {
    const person = await personWithApp();
    const [first, second] = await Promise.all([
      passwordStep(hearth.app.url, person.pseudonym, person.password, person.address),
      passwordStep(hearth.app.url, person.pseudonym, person.password, person.address),
    ]);
    const code = appCode(person.secret, 1);
    const answers = await Promise.all(
      [first, second].map((step) => secondStep({ pendingSignIn: step.pendingSignIn, code }, person.address)),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
  });

  it("ends a pending sign-in after five wrong codes, and a pending sign-in that waited too long", async () => {
    const person = await personWithApp();
    const step = await passwordStep(hearth.app.url, person.pseudonym, person.password, person.address);
    for (let attempt = 1; attempt <= 4; attempt++) {
      const wrong = await secondStep({ pendingSignIn: step.pendingSignIn, code: "000000" }, person.address);
      expect(wrong.body.error?.fields?.code, `attempt ${attempt}`).toBeDefined();
    }
    const fifth = await secondStep({ pendingSignIn: step.pendingSignIn, code: "000000" }, person.address);
    expect(fifth.body.error).toMatchObject({
      code: "unauthenticated",
      message: expect.stringMatching(/sign in again/),
    });
    const late = await secondStep(
      { pendingSignIn: step.pendingSignIn, code: appCode(person.secret, 1) },
      person.address,
    );
    expect(late.body.error?.message).toMatch(/has ended/);

    const slow = await passwordStep(hearth.app.url, person.pseudonym, person.password, from());
    await prisma().pendingSignIn.updateMany({
      where: { userId: person.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await secondStep(
      { pendingSignIn: slow.pendingSignIn, code: appCode(person.secret, 1) },
      from(),
    );
    expect(expired.status).toBe(401);
    expect(expired.body.error?.message).toMatch(/has ended/);
  });

  it("limits wrong codes like wrong passwords: refused per address and account, slowed for the account", async () => {
    const person = await personWithApp();
    const address = from();
    // Ten failures from one address on one account (two pending sign-ins of five each)…
    for (let round = 0; round < 2; round++) {
      const step = await passwordStep(hearth.app.url, person.pseudonym, person.password, address);
      for (let attempt = 0; attempt < 5; attempt++)
        await secondStep({ pendingSignIn: step.pendingSignIn, code: "000000" }, address);
    }
    // …and the next attempt from there is refused before its code is looked at, right or not.
    const step = await passwordStep(hearth.app.url, person.pseudonym, person.password, address);
    const limited = await secondStep(
      { pendingSignIn: step.pendingSignIn, code: appCode(person.secret, 1) },
      address,
    );
    expect(limited.status).toBe(429);
    expect(limited.body.error?.code).toBe("rate_limited");
    // From another address the owner gets in, a little slowed (past 5 failures on the account).
    const home = from();
    const owner = await passwordStep(hearth.app.url, person.pseudonym, person.password, home);
    const started = Date.now();
    const passed = await secondStep(
      { pendingSignIn: owner.pendingSignIn, code: appCode(person.secret, 1) },
      home,
    );
    expect(passed.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});

describe("the recovery code at the second step", () => {
  it("works once, in place of a code, and is replaced by a new one", async () => {
    const person = await personWithApp();
    const step = await passwordStep(hearth.app.url, person.pseudonym, person.password, person.address);
    const passed = await secondStep(
      { pendingSignIn: step.pendingSignIn, recoveryCode: person.recoveryCode },
      person.address,
    );
    expect(passed.status).toBe(200);
    expect(passed.body.recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(passed.body.recoveryCode).not.toBe(person.recoveryCode);
    const { cookie } = await redeemSignIn(hearth.app.url, step.pendingSignIn!);
    expect(cookie).toBeDefined();
    expect(
      (await prisma().session.findMany({ where: { userId: person.id } })).map((s) => s.secondFactorKind),
    ).toContain("recovery_code");

    const again = await passwordStep(hearth.app.url, person.pseudonym, person.password, person.address);
    const reused = await secondStep(
      { pendingSignIn: again.pendingSignIn, recoveryCode: person.recoveryCode },
      person.address,
    );
    expect(reused.status).toBe(401);
    expect(reused.body.error?.fields?.recoveryCode).toBeDefined();
    const fresh = await secondStep(
      { pendingSignIn: again.pendingSignIn, recoveryCode: passed.body.recoveryCode },
      person.address,
    );
    expect(fresh.status).toBe(200);
  });
});

describe("the account's other doors", () => {
  it("signing out everywhere ends the sessions and any sign-in waiting for its second step", async () => {
    const person = await personWithApp();
    const waiting = await passwordStep(hearth.app.url, person.pseudonym, person.password, person.address);
    const out = await postJson(
      `${hearth.app.url}/api/account/sign-out-everywhere`,
      {},
      { cookie: person.cookie },
    );
    expect(out.status).toBe(200);
    expect(await sessionFor(hearth.app.url, person.cookie)).toBeNull();
    const late = await secondStep(
      { pendingSignIn: waiting.pendingSignIn, code: appCode(person.secret, 1) },
      person.address,
    );
    expect(late.body.error?.message).toMatch(/has ended/);
  });

  it("a new password still leads to the second step", async () => {
    const person = await personWithApp();
    const newPassword = "harbour window softly";
    const changed = await postJson(
      `${hearth.app.url}/api/account/password`,
      { currentPassword: person.password, newPassword },
      { cookie: person.cookie },
    );
    expect(changed.status).toBe(200);
    const step = await passwordStep(hearth.app.url, person.pseudonym, newPassword, person.address);
    expect(step.error?.code).toBe("second_step_required");
    expect(step.cookie).toBeUndefined();
  });

  it("turning the app off asks for a code or the password, then the password alone signs in", async () => {
    const person = await personWithApp();
    const off = (body: Record<string, unknown>) =>
      postJson(`${hearth.app.url}/api/account/authenticator-app/off`, body, { cookie: person.cookie });
    expect((await off({})).status).toBe(400);
    expect((await off({ password: "not my password at all" })).body.error?.fields?.password).toBeDefined();
    // The code that turned it on was spent then.
    const { lastUsedStep } = await prisma().authenticatorApp.findUniqueOrThrow({
      where: { userId: person.id },
    });
    const spent = new TOTP({ secret: Secret.fromBase32(person.secret) }).generate({
      timestamp: lastUsedStep! * 30_000,
    });
    expect((await off({ code: spent })).status).toBe(400);
    expect((await off({ code: appCode(person.secret, 1) })).status).toBe(200);
    expect(await prisma().authenticatorApp.count({ where: { userId: person.id } })).toBe(0);
    expect(
      (await signIn(hearth.app.url, person.pseudonym, person.password, person.address)).cookie,
    ).toBeDefined();
  });

  it("a staff member cannot turn off their last second step while they hold the role", async () => {
    const person = await personWithApp();
    await prisma().user.update({ where: { id: person.id }, data: { siteRole: "admin" } });
    const refused = await postJson(
      `${hearth.app.url}/api/account/authenticator-app/off`,
      { password: person.password },
      { cookie: person.cookie },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe("last_second_factor");
    expect(refused.body.error?.message).toMatch(/keeps a second step/);
    expect(await prisma().authenticatorApp.count({ where: { userId: person.id } })).toBe(1);
  });

  it("the data export never holds the secret; deleting the account removes it and any waiting sign-in", async () => {
    const person = await personWithApp();
    const sealed = (await prisma().authenticatorApp.findUniqueOrThrow({ where: { userId: person.id } }))
      .secretEncrypted;
    for (const format of ["json", "text"]) {
      const response = await fetch(`${hearth.app.url}/api/account/export?format=${format}`, {
        headers: { cookie: person.cookie },
      });
      const text = await response.text();
      expect(response.status).toBe(200);
      expect(text).not.toContain(person.secret);
      expect(text).not.toContain(sealed);
    }
    await passwordStep(hearth.app.url, person.pseudonym, person.password, person.address);
    const deleted = await postJson(
      `${hearth.app.url}/api/account/delete`,
      { password: person.password, messages: "erase" },
      { cookie: person.cookie },
    );
    expect(deleted.status).toBe(200);
    expect(await prisma().authenticatorApp.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma().pendingSignIn.count({ where: { userId: person.id } })).toBe(0);
  });
});

beforeAll(() => {
  addresses = 0;
});
