// Cross-site writes refused: every state-changing route, found by reading app/api, answers a
// foreign Origin (or Referer), a missing one, a text/plain body and a form body with 403
// `cross_site` or 415 `unsupported_media_type` and writes nothing, even with an admin's cookie.
// A route added without a line in `writeRoutes` fails the first test.
import { beforeAll, describe, expect, it } from "vitest";
import { signIn, signUpMember } from "@/tests/factories/accounts";
import { createRoom } from "@/tests/factories/chat";
import { appPerFile } from "@/tests/setup/app-per-file";
import { writeRouteKeys } from "@/tests/setup/routes";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;

type Takes = "json" | "form" | "none";
interface WriteRoute {
  takes: Takes;
  /** The path to call (a sample for dynamic segments). */
  path: () => string;
  /** A body the route would accept from Hearth's own page. */
  body: () => Record<string, unknown>;
}

let adminCookie = "";
let adminId = "";
let otherId = "";
let roomId = "";
let topicId = "";

/** Every state-changing route handler, "METHOD /app/api/path", with a request that would work. */
const writeRoutes: Record<string, WriteRoute> = {
  "POST /api/signup": {
    takes: "json",
    path: () => "/api/signup",
    body: () => ({ pseudonym: "Crosssite Newcomer", password: "lantern meadow quietly" }),
  },
  "POST /api/recover": {
    takes: "json",
    path: () => "/api/recover",
    body: () => ({
      pseudonym: "x",
      recoveryCode: "ABCDE-FGHJK-MNPQR-STVWX",
      newPassword: "a new passphrase",
    }),
  },
  "POST /api/account/password": {
    takes: "json",
    path: () => "/api/account/password",
    // A wrong current password: the admin's sessions must outlive the test's own-origin control.
    body: () => ({ currentPassword: "not the current password", newPassword: "another passphrase here" }),
  },
  "POST /api/account/sign-out-everywhere": {
    takes: "json",
    path: () => "/api/account/sign-out-everywhere",
    // Not `{}`: the own-origin control must not end the admin's sessions.
    body: () => ({ unexpected: "field" }),
  },
  "POST /api/account/authenticator-app": {
    takes: "json",
    path: () => "/api/account/authenticator-app",
    body: () => ({}),
  },
  "POST /api/account/authenticator-app/confirm": {
    takes: "json",
    path: () => "/api/account/authenticator-app/confirm",
    body: () => ({ code: "000000" }),
  },
  "POST /api/account/authenticator-app/off": {
    takes: "json",
    path: () => "/api/account/authenticator-app/off",
    body: () => ({ password: "not the password at all" }),
  },
  "POST /api/sign-in/second-step": {
    takes: "json",
    path: () => "/api/sign-in/second-step",
    body: () => ({ pendingSignIn: "A".repeat(43), code: "000000" }),
  },
  "POST /api/account/crisis-region": {
    takes: "json",
    path: () => "/api/account/crisis-region",
    body: () => ({ region: "GB" }),
  },
  "POST /api/account/delete": {
    takes: "json",
    path: () => "/api/account/delete",
    // A wrong password: the own-origin control must not delete the admin.
    body: () => ({ password: "not the password at all", messages: "keep" }),
  },
  "POST /api/account/reading-filters": {
    takes: "json",
    path: () => "/api/account/reading-filters",
    body: () => ({ themes: [], ownWords: [] }),
  },
  "POST /api/appeals": {
    takes: "json",
    path: () => "/api/appeals",
    body: () => ({ noticeId: "00000000-0000-0000-0000-000000000000", words: "please look again" }),
  },
  "POST /api/appeals/decide": {
    takes: "json",
    path: () => "/api/appeals/decide",
    body: () => ({ appealId: "00000000-0000-0000-0000-000000000000", decision: "uphold", reason: "x" }),
  },
  "POST /api/check-ins": {
    takes: "json",
    path: () => "/api/check-ins",
    body: () => ({ roomId, memberId: otherId, body: "How are you?" }),
  },
  "POST /api/check-ins/close": {
    takes: "json",
    path: () => "/api/check-ins/close",
    body: () => ({ checkInId: "00000000-0000-0000-0000-000000000000" }),
  },
  "POST /api/check-ins/reply": {
    takes: "json",
    path: () => "/api/check-ins/reply",
    body: () => ({ checkInId: "00000000-0000-0000-0000-000000000000", body: "thanks" }),
  },
  "POST /api/check-ins/request": {
    takes: "json",
    path: () => "/api/check-ins/request",
    body: () => ({ roomId, body: "could someone check in?" }),
  },
  "POST /api/notices/read": { takes: "json", path: () => "/api/notices/read", body: () => ({}) },
  "POST /api/passkeys/add-options": {
    takes: "json",
    path: () => "/api/passkeys/add-options",
    body: () => ({}),
  },
  "POST /api/passkeys": {
    takes: "json",
    path: () => "/api/passkeys",
    // An answer to no challenge Hearth handed out: refused, but only after the same-site check.
    body: () => ({ name: "Phone", credential: { id: "x", response: {} } }),
  },
  "POST /api/passkeys/rename": {
    takes: "json",
    path: () => "/api/passkeys/rename",
    body: () => ({ passkeyId: "00000000-0000-4000-8000-000000000000", name: "Phone" }),
  },
  "POST /api/passkeys/remove": {
    takes: "json",
    path: () => "/api/passkeys/remove",
    body: () => ({ passkeyId: "00000000-0000-4000-8000-000000000000" }),
  },
  "POST /api/passkeys/sign-in-options": {
    takes: "json",
    path: () => "/api/passkeys/sign-in-options",
    body: () => ({}),
  },
  "POST /api/sign-in/second-step/passkey-options": {
    takes: "json",
    path: () => "/api/sign-in/second-step/passkey-options",
    // A pending sign-in that does not exist: refused, but only after the same-site check.
    body: () => ({ pendingSignIn: "a".repeat(43) }),
  },
  "POST /api/sign-in/second-step/passkey": {
    takes: "json",
    path: () => "/api/sign-in/second-step/passkey",
    body: () => ({ pendingSignIn: "a".repeat(43), credential: { id: "x", response: {} } }),
  },
  "POST /api/personal-mutes": {
    takes: "json",
    path: () => "/api/personal-mutes",
    body: () => ({ userId: otherId }),
  },
  "DELETE /api/personal-mutes/[userId]": {
    takes: "none",
    path: () => `/api/personal-mutes/${otherId}`,
    body: () => ({}),
  },
  "POST /api/blocks": { takes: "json", path: () => "/api/blocks", body: () => ({ userId: otherId }) },
  "DELETE /api/blocks/[userId]": { takes: "none", path: () => `/api/blocks/${otherId}`, body: () => ({}) },
  "POST /api/reports": {
    takes: "json",
    path: () => "/api/reports",
    body: () => ({ messageId: "1", reason: "spam" }),
  },
  "POST /api/mod/actions": {
    takes: "json",
    path: () => "/api/mod/actions",
    body: () => ({ action: "lock", roomId, locked: "true", reason: "cross-site" }),
  },
  "POST /api/mod/duty": { takes: "json", path: () => "/api/mod/duty", body: () => ({ onDuty: "yes" }) },
  "POST /api/sessions": {
    takes: "json",
    path: () => "/api/sessions",
    // Too short to be scheduled: the own-origin control writes nothing.
    body: () => ({
      roomId,
      theme: "x",
      startsAt: "now",
      timeZone: "UTC",
      durationMinutes: 5,
      facilitatorIds: [],
    }),
  },
  "POST /api/sessions/cancel": {
    takes: "json",
    path: () => "/api/sessions/cancel",
    body: () => ({ sessionId: "00000000-0000-0000-0000-000000000000" }),
  },
  "POST /api/sessions/control": {
    takes: "json",
    path: () => "/api/sessions/control",
    body: () => ({ occurrenceId: "00000000-0000-0000-0000-000000000000", action: "pause" }),
  },
  "POST /api/sessions/follow": {
    takes: "json",
    path: () => "/api/sessions/follow",
    body: () => ({ roomId, following: true }),
  },
  "POST /api/push-subscriptions": {
    takes: "json",
    path: () => "/api/push-subscriptions",
    body: () => ({ endpoint: "https://fcm.googleapis.com/fcm/send/x", keys: { p256dh: "x", auth: "y" } }),
  },
  "POST /api/push-subscriptions/remove": {
    takes: "json",
    path: () => "/api/push-subscriptions/remove",
    body: () => ({ endpoint: "https://fcm.googleapis.com/fcm/send/x" }),
  },
  "POST /api/care-alerts": {
    takes: "json",
    path: () => "/api/care-alerts",
    // No room list: the own-origin control writes nothing.
    body: () => ({ rooms: [], quietHours: null, timeZone: "Europe/London" }),
  },
  "POST /api/care-alerts/off": { takes: "json", path: () => "/api/care-alerts/off", body: () => ({}) },
  "POST /api/care/opened": {
    takes: "json",
    path: () => "/api/care/opened",
    body: () => ({ itemId: "00000000-0000-0000-0000-000000000000" }),
  },
  "POST /api/care/writing": {
    takes: "json",
    path: () => "/api/care/writing",
    body: () => ({ roomId, memberId: otherId }),
  },
  "POST /api/mod/hand-over": {
    takes: "json",
    path: () => "/api/mod/hand-over",
    body: () => ({ messageId: "1", note: "over to you" }),
  },
  "POST /api/admin/actions": {
    takes: "json",
    path: () => "/api/admin/actions",
    body: () => ({ action: "create_topic", slug: "evil-topic", name: "Evil", description: "x", reason: "x" }),
  },
  "POST /api/admin/watched-words": {
    takes: "json",
    path: () => "/api/admin/watched-words",
    body: () => ({ phrase: "crosssite", action: "block", reason: "cross-site" }),
  },
  "DELETE /api/admin/watched-words": {
    takes: "json",
    path: () => "/api/admin/watched-words",
    body: () => ({ id: "00000000-0000-0000-0000-000000000000", reason: "cross-site" }),
  },
  "POST /api/auth/[...nextauth]": {
    takes: "form",
    path: () => "/api/auth/signout",
    body: () => ({ csrfToken: "x", json: "true" }),
  },
};

const foreignOrigin = "http://evil.example";

async function counts() {
  const db = prisma();
  return {
    users: await db.user.count(),
    topics: await db.topic.count(),
    rooms: await db.room.findMany({ select: { lockedAt: true, slowModeSeconds: true } }),
    blocks: await db.block.count(),
    reports: await db.report.count(),
    watchedWords: await db.watchedWord.count(),
    actions: await db.moderationAction.count(),
    passkeys: await db.passkey.count(),
    passkeyChallenges: await db.passkeyChallenge.count(),
    sessionVersions: await db.user.findMany({ select: { sessionVersion: true }, orderBy: { id: "asc" } }),
  };
}

function encode(takes: Takes, body: Record<string, unknown>, as: "json" | "text" | "form" | "multipart") {
  if (takes === "none") return {};
  if (as === "json") return { "content-type": "application/json", body: JSON.stringify(body) };
  if (as === "text") return { "content-type": "text/plain", body: JSON.stringify(body) };
  if (as === "form") {
    const form = new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)]));
    return { "content-type": "application/x-www-form-urlencoded", body: form.toString() };
  }
  const boundary = "----hearthcrosssite";
  const parts = Object.entries(body).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${String(v)}\r\n`,
  );
  return {
    "content-type": `multipart/form-data; boundary=${boundary}`,
    body: `${parts.join("")}--${boundary}--\r\n`,
  };
}

async function attempt(
  key: string,
  options: { origin?: string; referer?: string; as: "json" | "text" | "form" | "multipart" },
) {
  const route = writeRoutes[key];
  if (!route) throw new Error(`no route ${key}`);
  const method = key.split(" ")[0] as string;
  const { "content-type": contentType, body } = encode(route.takes, route.body(), options.as);
  const response = await fetch(`${hearth.app.url}${route.path()}`, {
    method,
    redirect: "manual",
    headers: {
      cookie: adminCookie,
      ...(contentType && { "content-type": contentType }),
      ...(options.origin !== undefined && { origin: options.origin }),
      ...(options.referer !== undefined && { referer: options.referer }),
    },
    body,
  });
  const text = await response.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  return { status: response.status, code };
}

beforeAll(async () => {
  const admin = await signUpMember(hearth.app.url);
  const other = await signUpMember(hearth.app.url);
  adminId = admin.id;
  otherId = other.id;
  await prisma().user.update({ where: { id: adminId }, data: { siteRole: "admin" } });
  const { cookie } = await signIn(hearth.app.url, admin.pseudonym, admin.password);
  adminCookie = cookie as string;
  const room = await createRoom(prisma());
  roomId = room.id;
  topicId = (await prisma().room.findUniqueOrThrow({ where: { id: roomId } })).topicId;
});

describe("every state-changing route", () => {
  it("is in this file's table (a new route cannot be forgotten)", () => {
    expect(writeRouteKeys()).toEqual(Object.keys(writeRoutes).sort());
    expect(topicId).not.toBe("");
  });

  const keys = Object.keys(writeRoutes);
  const sibling = () => `http://127.0.0.1:${hearth.app.port}`;
  const otherPort = () => `http://localhost:${hearth.app.port + 1}`;

  describe.each(keys)("%s", (key) => {
    const takes = writeRoutes[key]?.takes;
    const as = takes === "form" ? "form" : "json";

    it.each([
      ["a foreign Origin", () => ({ origin: foreignOrigin })],
      ["the same host on another port", () => ({ origin: otherPort() })],
      ["the same server under another name", () => ({ origin: sibling() })],
      ["Origin: null (a sandboxed page)", () => ({ origin: "null" })],
      ["no Origin and a foreign Referer", () => ({ referer: `${foreignOrigin}/attack.html` })],
      ["no Origin and no Referer", () => ({})],
    ])("refuses %s with 403 cross_site and writes nothing", async (_case, headers) => {
      const before = await counts();
      const result = await attempt(key, { ...headers(), as });
      expect(result).toEqual({ status: 403, code: "cross_site" });
      expect(await counts()).toEqual(before);
    });

    it.runIf(takes !== "none")(
      "refuses a text/plain, a form and a multipart body from its own origin with 415",
      async () => {
        const before = await counts();
        const wrongKinds =
          takes === "form"
            ? (["json", "text", "multipart"] as const)
            : (["text", "form", "multipart"] as const);
        for (const wrong of wrongKinds) {
          const result = await attempt(key, { origin: hearth.app.url, as: wrong });
          expect(result, wrong).toEqual({ status: 415, code: "unsupported_media_type" });
        }
        expect(await counts()).toEqual(before);
      },
    );

    it("is not refused as cross-site from its own origin (by Origin or by Referer)", async () => {
      for (const headers of [{ origin: hearth.app.url }, { referer: `${hearth.app.url}/settings` }]) {
        const result = await attempt(key, { ...headers, as });
        expect(result.code).not.toBe("cross_site");
        expect(result.status).not.toBe(415);
        expect(result.status).toBeLessThan(500);
      }
    });
  });
});

describe("next-auth's own routes", () => {
  it("still sign in from Hearth's own origin (its CSRF token covers them too)", async () => {
    const member = await signUpMember(hearth.app.url);
    expect((await signIn(hearth.app.url, member.pseudonym, member.password)).cookie).toBeDefined();
  });

  it("refuse a sign-in posted from a foreign origin, even with a valid CSRF token", async () => {
    const member = await signUpMember(hearth.app.url);
    const outcome = await signIn(hearth.app.url, member.pseudonym, member.password, {
      origin: foreignOrigin,
    });
    expect(outcome.cookie).toBeUndefined();
  });

  it("refuse a sign-in without next-auth's CSRF token", async () => {
    const member = await signUpMember(hearth.app.url);
    const response = await fetch(`${hearth.app.url}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: hearth.app.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ pseudonym: member.pseudonym, password: member.password }),
    });
    expect(response.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))).toBe(false);
  });

  it("leave reading (GET) alone: the session and the CSRF token answer without an Origin", async () => {
    expect((await fetch(`${hearth.app.url}/api/auth/csrf`)).status).toBe(200);
    expect((await fetch(`${hearth.app.url}/api/auth/session`)).status).toBe(200);
    expect((await fetch(`${hearth.app.url}/api/rooms`)).status).toBe(200);
  });
});
