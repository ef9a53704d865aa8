// Passkeys over HTTP against the running server, answered by a passkey made in the test
// (tests/factories/software-passkey.ts): adding one, signing in with it alone through next-auth,
// challenges that work once and expire, answers from another origin refused, the last second
// factor of staff kept, and account deletion and export.
import { describe, expect, it } from "vitest";
import { postJson, sessionFor, signIn, signUpMember, type TestMember } from "@/tests/factories/accounts";
import { SoftwarePasskey } from "@/tests/factories/software-passkey";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({ RATE_LIMIT_SCALE: "20" });
const prisma = () => hearth.database.prisma;

type Options = { challenge: string; rp: { id?: string }; user: { id: string; name: string }; rpId?: string };

async function signedIn(): Promise<{ member: TestMember; cookie: string }> {
  const member = await signUpMember(hearth.app.url);
  const { cookie } = await signIn(hearth.app.url, member.pseudonym, member.password);
  if (!cookie) throw new Error("sign-in failed");
  return { member, cookie };
}

async function addOptions(cookie: string): Promise<Options & Record<string, unknown>> {
  const { status, body } = await postJson(`${hearth.app.url}/api/passkeys/add-options`, {}, { cookie });
  expect(status).toBe(200);
  return body.options as Options & Record<string, unknown>;
}

async function addPasskey(cookie: string, name = "Phone") {
  const passkey = new SoftwarePasskey(hearth.app.url);
  const credential = passkey.register(await addOptions(cookie));
  const added = await postJson(`${hearth.app.url}/api/passkeys`, { name, credential }, { cookie });
  expect(added.status).toBe(201);
  return { passkey, id: (added.body.passkey as { id: string }).id };
}

async function signInOptions(): Promise<Options> {
  const { status, body } = await postJson(`${hearth.app.url}/api/passkeys/sign-in-options`, {});
  expect(status).toBe(200);
  return body.options as Options;
}

/** Signs in through next-auth's passkey provider, as the sign-in page does. */
function signInWithPasskey(credential: unknown) {
  return nextAuthCallback("passkey", { credential: JSON.stringify(credential) });
}

/** Posts to a next-auth provider's callback; the session cookie, or the error body. */
async function nextAuthCallback(
  provider: string,
  fields: Record<string, string>,
): Promise<{ cookie?: string; error?: { code: string; pendingSignIn?: string } }> {
  const csrf = await fetch(`${hearth.app.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${hearth.app.url}/api/auth/callback/${provider}`, {
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
    body: new URLSearchParams({ csrfToken, ...fields, json: "true" }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("next-auth.session-token="));
  if (cookie) return { cookie };
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url).searchParams.get("error") ?? "{}";
  return { error: JSON.parse(error) as { code: string; pendingSignIn?: string } };
}

describe("adding a passkey", () => {
  it("asks for a discoverable, user-verified passkey under a random handle, and keeps its public key", async () => {
    const { member, cookie } = await signedIn();
    const options = await addOptions(cookie);
    expect(options.authenticatorSelection).toMatchObject({
      residentKey: "required",
      userVerification: "required",
    });
    expect(options.attestation).toBe("none");
    expect(options.rp).toMatchObject({ id: "localhost", name: "Hearth" });
    const handle = Buffer.from(options.user.id, "base64url");
    expect(handle.byteLength).toBe(32);
    expect(handle.toString("utf8")).not.toContain(member.pseudonym);

    const passkey = new SoftwarePasskey(hearth.app.url);
    const credential = passkey.register(options);
    const added = await postJson(
      `${hearth.app.url}/api/passkeys`,
      { name: "  My   phone ", credential },
      { cookie },
    );
    expect(added.status).toBe(201);
    expect(added.body.passkey).toMatchObject({ name: "My phone", lastUsedAt: null });
    const row = await prisma().passkey.findFirstOrThrow({ where: { userId: member.id } });
    expect(row).toMatchObject({ credentialId: passkey.id, transports: "internal", counter: 1n });

    // The same answer again: its challenge was used.
    const again = await postJson(`${hearth.app.url}/api/passkeys`, { name: "Again", credential }, { cookie });
    expect(again.status).toBe(400);
    expect(again.body.error?.code).toBe("passkey_expired");
    expect(again.body.error?.message).toContain("Nothing was changed.");

    const listed = await fetch(`${hearth.app.url}/api/passkeys`, { headers: { cookie } });
    expect(((await listed.json()) as { passkeys: unknown[] }).passkeys).toHaveLength(1);
  });

  it("refuses an answer made for another origin or another site, and an expired challenge", async () => {
    const { member, cookie } = await signedIn();
    for (const wrong of [{ origin: "https://hearth.example.evil" }, { rpId: "example.evil" }]) {
      const credential = new SoftwarePasskey(hearth.app.url).register(await addOptions(cookie), wrong);
      const refused = await postJson(
        `${hearth.app.url}/api/passkeys`,
        { name: "Phone", credential },
        { cookie },
      );
      expect(refused.status).toBe(400);
      expect(refused.body.error?.code).toBe("passkey_not_accepted");
    }

    const options = await addOptions(cookie);
    await prisma().passkeyChallenge.update({
      where: { challenge: options.challenge },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const credential = new SoftwarePasskey(hearth.app.url).register(options);
    const late = await postJson(`${hearth.app.url}/api/passkeys`, { name: "Phone", credential }, { cookie });
    expect(late.body.error?.code).toBe("passkey_expired");
    expect(await prisma().passkey.count({ where: { userId: member.id } })).toBe(0);
  });

  it("says in words when the name is missing, and takes another person's challenge for nobody", async () => {
    const { cookie } = await signedIn();
    const other = await signedIn();
    const credential = new SoftwarePasskey(hearth.app.url).register(await addOptions(cookie));
    const unnamed = await postJson(`${hearth.app.url}/api/passkeys`, { name: " ", credential }, { cookie });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error?.fields?.name).toContain("Please give this passkey a name");
    expect(unnamed.body.error?.message).not.toMatch(/\bname\b:/);

    const stolen = await postJson(
      `${hearth.app.url}/api/passkeys`,
      { name: "Theirs", credential },
      { cookie: other.cookie },
    );
    expect(stolen.body.error?.code).toBe("passkey_expired");
  });
});

describe("signing in with a passkey alone", () => {
  it("opens a session for the passkey's owner, once per challenge", async () => {
    const { member, cookie } = await signedIn();
    const { passkey } = await addPasskey(cookie);

    const options = await signInOptions();
    expect(options).toMatchObject({ rpId: "localhost", userVerification: "required" });
    expect(options).not.toHaveProperty("allowCredentials.0");
    const credential = passkey.authenticate(options);
    const first = await signInWithPasskey(credential);
    expect(first.cookie).toBeDefined();
    expect((await sessionFor(hearth.app.url, first.cookie!))?.user).toMatchObject({
      id: member.id,
      name: member.pseudonym,
    });
    const row = await prisma().passkey.findFirstOrThrow({ where: { userId: member.id } });
    expect(row.lastUsedAt).not.toBeNull();
    // The device verified its user: the session counts as having passed a second step.
    const sessions = await prisma().session.findMany({
      where: { userId: member.id, secondFactorKind: "passkey" },
      select: { secondFactorAt: true },
    });
    expect(sessions.map((session) => session.secondFactorAt !== null)).toContain(true);

    // Replaying the same answer (someone who copied it) opens nothing.
    expect((await signInWithPasskey(credential)).error?.code).toBe("passkey_expired");
  });

  it("refuses another origin, a forged signature, a challenge meant for adding, and a removed passkey", async () => {
    const { cookie } = await signedIn();
    const { passkey, id } = await addPasskey(cookie);

    const phished = passkey.authenticate(await signInOptions(), { origin: "https://hearth.example.evil" });
    expect((await signInWithPasskey(phished)).error?.code).toBe("passkey_not_accepted");

    const forged = passkey.authenticate(await signInOptions());
    forged.response.signature = new SoftwarePasskey(hearth.app.url).authenticate(
      await signInOptions(),
    ).response.signature;
    expect((await signInWithPasskey(forged)).error?.code).toBe("passkey_not_accepted");

    const meantForAdding = await addOptions(cookie);
    const wrongCeremony = passkey.authenticate({ challenge: meantForAdding.challenge, rpId: "localhost" });
    expect((await signInWithPasskey(wrongCeremony)).error?.code).toBe("passkey_expired");

    const removed = await postJson(`${hearth.app.url}/api/passkeys/remove`, { passkeyId: id }, { cookie });
    expect(removed.status).toBe(200);
    const gone = await signInWithPasskey(passkey.authenticate(await signInOptions()));
    expect(gone.error?.code).toBe("unauthenticated");
  });
});

describe("keeping passkeys", () => {
  it("renames and removes only one's own passkeys", async () => {
    const { cookie } = await signedIn();
    const other = await signedIn();
    const { id } = await addPasskey(cookie, "Phone");
    const renamed = await postJson(
      `${hearth.app.url}/api/passkeys/rename`,
      { passkeyId: id, name: "Old phone" },
      { cookie },
    );
    expect(renamed.body.passkey).toMatchObject({ id, name: "Old phone" });

    for (const [path, body] of [
      ["rename", { passkeyId: id, name: "Mine now" }],
      ["remove", { passkeyId: id }],
    ] as const) {
      const refused = await postJson(`${hearth.app.url}/api/passkeys/${path}`, body, {
        cookie: other.cookie,
      });
      expect(refused.status).toBe(404);
    }
    expect(await prisma().passkey.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Old phone" });
  });

  it("keeps the last passkey of an admin, with words that say why; a member may remove theirs", async () => {
    const admin = await signedIn();
    await prisma().user.update({ where: { id: admin.member.id }, data: { siteRole: "admin" } });
    const first = await addPasskey(admin.cookie, "Phone");
    const second = await addPasskey(admin.cookie, "Laptop");
    const removeFirst = await postJson(
      `${hearth.app.url}/api/passkeys/remove`,
      { passkeyId: first.id },
      { cookie: admin.cookie },
    );
    expect(removeFirst.status).toBe(200);
    const removeLast = await postJson(
      `${hearth.app.url}/api/passkeys/remove`,
      { passkeyId: second.id },
      { cookie: admin.cookie },
    );
    expect(removeLast.status).toBe(409);
    expect(removeLast.body.error).toMatchObject({ code: "last_second_factor" });
    expect(removeLast.body.error?.message).toContain("Nothing was changed.");
    expect(await prisma().passkey.count({ where: { userId: admin.member.id } })).toBe(1);
  });

  it("lists names and dates in the export, never keys; deleting the account removes them", async () => {
    const { member, cookie } = await signedIn();
    const { passkey } = await addPasskey(cookie, "Tablet");
    const exported = await fetch(`${hearth.app.url}/api/account/export?format=json`, { headers: { cookie } });
    const text = await exported.text();
    expect(JSON.parse(text).passkeys).toEqual([
      { name: "Tablet", addedAt: expect.any(String), lastUsedAt: null },
    ]);
    expect(text).not.toContain(passkey.id);

    const deleted = await postJson(
      `${hearth.app.url}/api/account/delete`,
      { password: member.password, messages: "erase" },
      { cookie },
    );
    expect(deleted.status).toBe(200);
    expect(await prisma().passkey.count({ where: { userId: member.id } })).toBe(0);
    expect(
      (await prisma().user.findUniqueOrThrow({ where: { id: member.id } })).passkeyUserHandle,
    ).toBeNull();
    expect((await signInWithPasskey(passkey.authenticate(await signInOptions()))).error?.code).toBe(
      "unauthenticated",
    );
  });
});

describe("a passkey as the second step after a password", () => {
  async function pendingSignIn(member: TestMember): Promise<string> {
    const attempt = await nextAuthCallback("credentials", {
      pseudonym: member.pseudonym,
      password: member.password,
    });
    expect(attempt.cookie).toBeUndefined();
    expect(attempt.error?.code).toBe("second_step_required");
    return attempt.error!.pendingSignIn!;
  }

  async function secondStepOptions(token: string) {
    const { status, body } = await postJson(`${hearth.app.url}/api/sign-in/second-step/passkey-options`, {
      pendingSignIn: token,
    });
    expect(status).toBe(200);
    return body as unknown as { options: Options & { allowCredentials: { id: string }[] }; app: boolean };
  }

  it("asks for it once a member has a passkey, and opens a session that records it", async () => {
    const { member, cookie } = await signedIn();
    const { passkey } = await addPasskey(cookie);
    // Adding it counted as this session's second step.
    expect(await prisma().session.count({ where: { userId: member.id, secondFactorKind: "passkey" } })).toBe(
      1,
    );

    const token = await pendingSignIn(member);
    const ways = await secondStepOptions(token);
    expect(ways.app).toBe(false);
    expect(ways.options.allowCredentials.map((allowed) => allowed.id)).toEqual([passkey.id]);

    // Someone else's passkey does not pass this account's second step.
    const stranger = await signedIn();
    const strangers = await addPasskey(stranger.cookie);
    const wrong = await postJson(`${hearth.app.url}/api/sign-in/second-step/passkey`, {
      pendingSignIn: token,
      credential: strangers.passkey.authenticate(ways.options),
    });
    expect(wrong.body.error?.code).toBe("passkey_not_accepted");

    const again = await secondStepOptions(token);
    const credential = passkey.authenticate(again.options);
    const passed = await postJson(`${hearth.app.url}/api/sign-in/second-step/passkey`, {
      pendingSignIn: token,
      credential,
    });
    expect(passed.status).toBe(200);
    const opened = await nextAuthCallback("credentials", { pendingSignIn: token });
    expect(opened.cookie).toBeDefined();
    expect((await sessionFor(hearth.app.url, opened.cookie!))?.user?.id).toBe(member.id);
    expect(await prisma().session.count({ where: { userId: member.id, secondFactorKind: "passkey" } })).toBe(
      2,
    );

    // The same answer, for a new pending sign-in: its challenge is spent.
    const later = await pendingSignIn(member);
    const replayed = await postJson(`${hearth.app.url}/api/sign-in/second-step/passkey`, {
      pendingSignIn: later,
      credential,
    });
    expect(replayed.body.error?.code).toBe("passkey_not_accepted");
  });
});
