// Signing out ends the session on the server: the old cookie (or a copy of it) opens no page,
// no API route and no socket, and that session's open sockets hear `session:revoked` and close;
// other sessions of the same person carry on. "Sign out everywhere" ends them all.
import { encode } from "next-auth/jwt";
import type { Socket } from "socket.io-client";
import { describe, expect, it } from "vitest";
import { postJson, sessionFor, signIn, signUpMember } from "@/tests/factories/accounts";
import { ask } from "@/tests/factories/chat";
import { appPerFile } from "@/tests/setup/app-per-file";
import { testSecret } from "@/tests/setup/app-process";
import { connectSocket } from "@/tests/setup/socket-client";

const hearth = appPerFile();
const prisma = () => hearth.database.prisma;

/** Signs out the way next-auth's client does: its CSRF token, then a form POST to /api/auth/signout. */
async function signOut(cookie: string): Promise<number> {
  const csrf = await fetch(`${hearth.app.url}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${hearth.app.url}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: {
      origin: hearth.app.url,
      "content-type": "application/x-www-form-urlencoded",
      cookie: [cookie, csrfCookie].filter(Boolean).join("; "),
    },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  return response.status;
}

async function signedIn(member: { pseudonym: string; password: string }): Promise<string> {
  const { cookie } = await signIn(hearth.app.url, member.pseudonym, member.password);
  if (!cookie) throw new Error("sign-in failed");
  return cookie;
}

async function openSocket(cookie: string): Promise<Socket> {
  const outcome = await connectSocket(hearth.app.url, { cookie });
  if (!outcome.connected) throw new Error(`socket refused: ${outcome.message}`);
  return outcome.socket;
}

function revokedAndClosed(socket: Socket): Promise<{ revoked: boolean; reason: string }> {
  let revoked = false;
  socket.once("session:revoked", () => (revoked = true));
  return new Promise((resolve) => socket.once("disconnect", (reason) => resolve({ revoked, reason })));
}

/** What the cookie opens now: the session endpoint, a page, an API route and a socket. */
async function whatTheCookieOpens(cookie: string) {
  const settings = await fetch(`${hearth.app.url}/settings`, { headers: { cookie }, redirect: "manual" });
  const settingsHtml = settings.status === 200 ? await settings.text() : "";
  const blocks = await fetch(`${hearth.app.url}/api/blocks`, { headers: { cookie } });
  const socket = await connectSocket(hearth.app.url, { cookie });
  if (socket.connected) socket.socket.close();
  return {
    session: (await sessionFor(hearth.app.url, cookie)) !== null,
    settingsPage: settings.status === 200 && settingsHtml.includes("Sign out everywhere"),
    api: blocks.status,
    socket: socket.connected ? "connected" : socket.code,
  };
}

const open = { session: true, settingsPage: true, api: 200, socket: "connected" };
const closed = { session: false, settingsPage: false, api: 401, socket: "unauthenticated" };

describe("signing out", () => {
  it("ends the session on the server: the old cookie opens no page, API route or socket", async () => {
    const member = await signUpMember(hearth.app.url);
    const cookie = await signedIn(member);
    expect(await whatTheCookieOpens(cookie)).toEqual(open);

    expect(await signOut(cookie)).toBeLessThan(400);
    expect(await whatTheCookieOpens(cookie)).toEqual(closed);
    expect(await prisma().session.count({ where: { userId: member.id } })).toBe(0);
  });

  it("closes that session's open sockets with session:revoked, and leaves the person's other sessions alone", async () => {
    const member = await signUpMember(hearth.app.url);
    const laptop = await signedIn(member);
    const phone = await signedIn(member);
    const laptopSocket = await openSocket(laptop);
    const laptopSecondTab = await openSocket(laptop);
    const phoneSocket = await openSocket(phone);
    let phoneRevoked = false;
    phoneSocket.on("session:revoked", () => (phoneRevoked = true));
    const firstTab = revokedAndClosed(laptopSocket);
    const secondTab = revokedAndClosed(laptopSecondTab);

    await signOut(laptop);
    expect(await firstTab).toEqual({ revoked: true, reason: "io server disconnect" });
    expect(await secondTab).toEqual({ revoked: true, reason: "io server disconnect" });

    // The phone still works: its socket answers, its cookie opens everything.
    const answer = await ask(phoneSocket, "room:leave", { roomId: "00000000-0000-0000-0000-000000000000" });
    expect(answer).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(phoneSocket.connected).toBe(true);
    expect(phoneRevoked).toBe(false);
    expect(await whatTheCookieOpens(phone)).toEqual(open);
    expect(await whatTheCookieOpens(laptop)).toEqual(closed);
    phoneSocket.close();
  });

  it("refuses a cookie minted before sessions were kept (no session id), and one naming an ended session", async () => {
    const member = await signUpMember(hearth.app.url);
    const cookie = await signedIn(member);
    const user = await prisma().user.findUniqueOrThrow({ where: { id: member.id } });
    const withoutSid = await encode({
      token: { sub: member.id, name: member.pseudonym, sv: user.sessionVersion },
      secret: testSecret,
    });
    expect(await whatTheCookieOpens(`next-auth.session-token=${withoutSid}`)).toEqual(closed);

    const [row] = await prisma().session.findMany({ where: { userId: member.id } });
    await signOut(cookie);
    const replayed = await encode({
      token: { sub: member.id, name: member.pseudonym, sv: user.sessionVersion, sid: row?.id },
      secret: testSecret,
    });
    expect(await whatTheCookieOpens(`next-auth.session-token=${replayed}`)).toEqual(closed);
  });

  it("refuses a session id that belongs to someone else", async () => {
    const ada = await signUpMember(hearth.app.url);
    const ben = await signUpMember(hearth.app.url);
    await signedIn(ben);
    const bensRow = await prisma().session.findFirstOrThrow({ where: { userId: ben.id } });
    const forged = await encode({
      token: { sub: ada.id, name: ada.pseudonym, sv: 1, sid: bensRow.id },
      secret: testSecret,
    });
    expect(await whatTheCookieOpens(`next-auth.session-token=${forged}`)).toEqual(closed);
  });

  it("signing out without a session, or twice, is harmless", async () => {
    const member = await signUpMember(hearth.app.url);
    const cookie = await signedIn(member);
    expect(await signOut("")).toBeLessThan(400);
    expect(await signOut(cookie)).toBeLessThan(400);
    expect(await signOut(cookie)).toBeLessThan(400);
    expect(await whatTheCookieOpens(cookie)).toEqual(closed);
  });
});

describe("sign out everywhere", () => {
  it("ends every session of the person, this one too, and closes all their sockets", async () => {
    const member = await signUpMember(hearth.app.url);
    const other = await signUpMember(hearth.app.url);
    const laptop = await signedIn(member);
    const phone = await signedIn(member);
    const someoneElse = await signedIn(other);
    const laptopClosed = revokedAndClosed(await openSocket(laptop));
    const phoneClosed = revokedAndClosed(await openSocket(phone));

    const result = await postJson(
      `${hearth.app.url}/api/account/sign-out-everywhere`,
      {},
      { cookie: laptop },
    );
    expect(result).toMatchObject({ status: 200, body: {} });
    expect(await laptopClosed).toEqual({ revoked: true, reason: "io server disconnect" });
    expect(await phoneClosed).toEqual({ revoked: true, reason: "io server disconnect" });
    expect(await whatTheCookieOpens(laptop)).toEqual(closed);
    expect(await whatTheCookieOpens(phone)).toEqual(closed);
    expect(await whatTheCookieOpens(someoneElse)).toEqual(open);

    // The password still works: signing in again gives a fresh, working session.
    expect(await whatTheCookieOpens(await signedIn(member))).toEqual(open);
  });

  it("needs a session and an empty JSON object", async () => {
    const member = await signUpMember(hearth.app.url);
    const cookie = await signedIn(member);
    expect((await postJson(`${hearth.app.url}/api/account/sign-out-everywhere`, {})).status).toBe(401);
    const odd = await postJson(
      `${hearth.app.url}/api/account/sign-out-everywhere`,
      { all: true },
      { cookie },
    );
    expect(odd).toMatchObject({ status: 400, body: { error: { code: "invalid_input" } } });
    expect(await whatTheCookieOpens(cookie)).toEqual(open);
  });
});
