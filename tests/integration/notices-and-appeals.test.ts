// Notices that wait and appeals, through the real routes and sockets: a member acted on while
// away finds every notice later (with the reason and, for a mute, when it ends); they ask for a
// review; only someone other than the moderator who acted can decide, and rank holds (an admin's
// action or a moderator's appeal is an admin's to decide: 0029); reversing undoes the action; the
// member is told; every step is in the audit log; the lists agree with the policy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Attention } from "@/lib/shared/check-in-types";
import type { AppealToReview, WireNotice } from "@/lib/shared/notice-types";
import { postJson } from "@/tests/factories/accounts";
import { ask, createRoom, join, nextEvent, send, type ConnectedMember } from "@/tests/factories/chat";
import { connectMember, makeAdmin, placeInRoom } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
const everyone: ConnectedMember[] = [];
let roomId: string;
let actingModerator: ConnectedMember;
let otherModerator: ConnectedMember;
let admin: ConnectedMember;
let member: ConnectedMember;
let bystander: ConnectedMember;

async function person(): Promise<ConnectedMember> {
  const connected = await connectMember(hearth.app.url);
  everyone.push(connected);
  return connected;
}

async function getJson<Data>(path: string, who: ConnectedMember) {
  const response = await fetch(`${hearth.app.url}${path}`, { headers: { cookie: who.cookie } });
  return (await response.json()) as Data;
}
const post = (path: string, body: unknown, who: ConnectedMember) =>
  postJson(`${hearth.app.url}${path}`, body, { cookie: who.cookie });
const notices = async (who: ConnectedMember) =>
  (await getJson<{ notices: WireNotice[] }>("/api/notices", who)).notices;
const appeals = async (who: ConnectedMember) =>
  (await getJson<{ appeals: AppealToReview[] }>("/api/appeals", who)).appeals;
const moderate = async (who: ConnectedMember, action: Record<string, unknown>) => {
  const answer = await ask(who.socket, "mod:action", { reason: "Please keep it kind", ...action });
  expect(answer).toMatchObject({ ok: true });
};

beforeAll(async () => {
  roomId = (await createRoom(prisma())).id;
  [actingModerator, otherModerator, admin, member, bystander] = [
    await person(),
    await person(),
    await person(),
    await person(),
    await person(),
  ];
  await placeInRoom(prisma(), actingModerator, roomId, { role: "moderator" });
  await placeInRoom(prisma(), otherModerator, roomId, { role: "moderator" });
  await makeAdmin(prisma(), hearth.app.url, admin);
  for (const someone of [member, bystander]) await join(someone.socket, roomId);
});
afterAll(() => everyone.forEach((someone) => someone.socket.close()));

describe("notices that wait", () => {
  it("are found after being away, newest first, with the reason and when a mute ends", async () => {
    member.socket.disconnect();
    const message = await send(bystander.socket, roomId, "placeholder");
    void message;
    const mine = await (async () => {
      member.socket.connect();
      await new Promise<void>((resolve) => member.socket.once("connect", () => resolve()));
      return send(member.socket, roomId, "Something a moderator will hide");
    })();
    member.socket.disconnect();
    await moderate(actingModerator, { action: "hide_message", messageId: mine.id });
    await moderate(actingModerator, { action: "warn", roomId, userId: member.id });
    await moderate(actingModerator, { action: "mute", roomId, userId: member.id, minutes: 60 });
    member.socket.connect();
    await new Promise<void>((resolve) => member.socket.once("connect", () => resolve()));

    const attention = await getJson<Attention>("/api/attention", member);
    expect(attention.unreadNotices).toBe(3);
    const list = await notices(member);
    expect(list.map((notice) => notice.kind)).toEqual(["mute", "warning", "message_hidden"]);
    expect(list[0]).toMatchObject({ reason: "Please keep it kind", canAppeal: true, readAt: null });
    expect(list[0]?.body).toContain("for 1 hour");
    expect(list[0]?.body).not.toMatch(/\d{4}-\d\d-\d\dT/);
    expect(Date.parse(list[0]?.until ?? "") - Date.now()).toBeGreaterThan(55 * 60_000);

    expect((await post("/api/notices/read", {}, member)).status).toBe(200);
    expect((await getJson<Attention>("/api/attention", member)).unreadNotices).toBe(0);
    expect((await notices(member)).every((notice) => notice.readAt !== null)).toBe(true);
  });

  it("arrive live while online, and are nobody else's", async () => {
    const arriving = nextEvent<{ id: string; kind: string }>(member.socket, "notice:new");
    await moderate(actingModerator, { action: "warn", roomId, userId: member.id, reason: "Second warning" });
    expect((await arriving).kind).toBe("warning");
    expect(await notices(bystander)).toEqual([]);
  });
});

describe("appeals", () => {
  let warningNotice: WireNotice;
  let muteNotice: WireNotice;

  it("refuses bad input, other people's notices and notices that are not about an action, filing nothing", async () => {
    const list = await notices(member);
    muteNotice = list.find((notice) => notice.kind === "mute") as WireNotice;
    warningNotice = list.find((notice) => notice.reason === "Second warning") as WireNotice;
    expect((await post("/api/appeals", { noticeId: muteNotice.id, words: "  " }, member)).status).toBe(400);
    expect((await post("/api/appeals", { noticeId: "x", words: "please" }, member)).status).toBe(400);
    expect((await post("/api/appeals", { noticeId: muteNotice.id, words: "please" }, bystander)).status).toBe(
      404,
    );
    expect(await prisma().appeal.count()).toBe(0);
  });

  it("go to the room's other moderators and admins, never to the moderator who acted", async () => {
    const told = nextEvent(otherModerator.socket, "attention:changed");
    const filed = await post(
      "/api/appeals",
      { noticeId: muteNotice.id, words: "I was quoting someone else, not saying it myself." },
      member,
    );
    expect(filed.status).toBe(201);
    await told;
    expect((await post("/api/appeals", { noticeId: muteNotice.id, words: "again" }, member)).status).toBe(
      409,
    );

    expect(await appeals(actingModerator)).toEqual([]);
    expect((await appeals(otherModerator)).map((appeal) => appeal.member.id)).toEqual([member.id]);
    expect((await appeals(admin)).length).toBe(1);
    expect(await appeals(bystander)).toEqual([]);
    expect((await getJson<Attention>("/api/attention", otherModerator)).appealsToReview).toBe(1);
    expect((await getJson<Attention>("/api/attention", actingModerator)).appealsToReview).toBe(0);

    // The policy refuses those the list leaves out: the lists and the rule agree.
    const appealId = filed.body.appealId as string;
    for (const who of [actingModerator, bystander, member]) {
      const refused = await post("/api/appeals/decide", { appealId, decision: "reverse", reason: "x" }, who);
      expect(refused.status).toBe(403);
    }
    expect(
      (await post("/api/appeals/decide", { appealId, decision: "maybe", reason: "x" }, otherModerator))
        .status,
    ).toBe(400);
    expect(await prisma().appeal.count({ where: { status: "open" } })).toBe(1);
  });

  it("reversed: the mute lifts at once, the member is told with the reason, every step logged", async () => {
    const [appeal] = await appeals(otherModerator);
    const unmuted = nextEvent<{ until: string | null }>(member.socket, "member:muted");
    const told = nextEvent<{ kind: string }>(
      member.socket,
      "notice:new",
      (notice) => notice.kind === "appeal_outcome",
    );
    const decided = await post(
      "/api/appeals/decide",
      { appealId: appeal?.id, decision: "reverse", reason: "Quoting is fine here." },
      otherModerator,
    );
    expect(decided.status).toBe(200);
    expect((await unmuted).until).toBeNull();
    await told;
    const membership = await prisma().membership.findFirstOrThrow({ where: { roomId, userId: member.id } });
    expect(membership.mutedUntil).toBeNull();
    await send(member.socket, roomId, "Thank you for looking again.");

    const list = await notices(member);
    expect(list[0]).toMatchObject({ kind: "appeal_outcome" });
    expect(list[0]?.body).toMatch(/^A moderator reviewed your appeal and reversed/);
    expect(list[0]?.body).toContain("Quoting is fine here.");
    expect(list.find((notice) => notice.id === muteNotice.id)?.appeal).toMatchObject({
      status: "reversed",
      decisionReason: "Quoting is fine here.",
    });
    expect(
      (await post("/api/appeals/decide", { appealId: appeal?.id, decision: "uphold", reason: "late" }, admin))
        .status,
    ).toBe(409);
    const kinds = (await prisma().moderationAction.findMany({ where: { targetUserId: member.id } })).map(
      (row) => row.kind,
    );
    expect(kinds).toEqual(expect.arrayContaining(["mute_member", "file_appeal", "reverse_appeal"]));
  });

  it("upheld: nothing is undone and the member is told why", async () => {
    const filed = await post(
      "/api/appeals",
      { noticeId: warningNotice.id, words: "I think this was unfair." },
      member,
    );
    expect(filed.status).toBe(201);
    expect(
      (
        await post(
          "/api/appeals/decide",
          { appealId: filed.body.appealId, decision: "uphold", reason: "The words hurt someone." },
          admin,
        )
      ).status,
    ).toBe(200);
    const list = await notices(member);
    expect(list[0]?.body).toContain("kept the decision");
    expect(
      await prisma().moderationAction.count({ where: { kind: "uphold_appeal", actorId: admin.id } }),
    ).toBe(1);
  });

  it("a hidden message shows again for everyone when its hiding is reversed", async () => {
    const hidden = (await notices(member)).find((notice) => notice.kind === "message_hidden") as WireNotice;
    const filed = await post(
      "/api/appeals",
      { noticeId: hidden.id, words: "It was not meant that way." },
      member,
    );
    const shown = nextEvent<{ body: string; hidden?: boolean }>(bystander.socket, "message:updated");
    await post(
      "/api/appeals/decide",
      { appealId: filed.body.appealId, decision: "reverse", reason: "Fair point." },
      otherModerator,
    );
    expect((await shown).body).toBe("Something a moderator will hide");
  });
});

const listed = async (who: ConnectedMember, appealId: string) =>
  (await getJson<{ appeals: AppealToReview[] }>("/api/appeals", who)).appeals.some(
    (appeal) => appeal.id === appealId,
  );

/** An action through HTTP, then the appeal of the person acted on from its notice. */
async function actThenAppeal(who: ConnectedMember, action: Record<string, unknown>, on: ConnectedMember) {
  const reason = `Reason ${Math.random()}`;
  expect((await post("/api/mod/actions", { ...action, reason }, who)).status).toBe(200);
  const { notices } = await getJson<{ notices: WireNotice[] }>("/api/notices", on);
  const notice = notices.find((candidate) => candidate.reason === reason) as WireNotice;
  const filed = await post("/api/appeals", { noticeId: notice.id, words: "Please look again." }, on);
  expect(filed.status).toBe(201);
  return filed.body.appealId as string;
}

const decide = (who: ConnectedMember, appealId: string) =>
  post("/api/appeals/decide", { appealId, decision: "reverse", reason: "Looked again." }, who);

async function expectRefused(who: ConnectedMember, appealId: string, message: string) {
  expect(await listed(who, appealId)).toBe(false);
  const refused = await decide(who, appealId);
  expect({ status: refused.status, error: refused.body.error }).toEqual({
    status: 403,
    error: { code: "forbidden", message, requestId: expect.any(String) },
  });
}

const adminsDecision = "This was an admin's decision, so another admin reviews it.";
const fromAModerator = "This appeal is from a moderator, so an admin reviews it.";
const notTheActor = "Someone other than the person who acted decides.";
const notOneself = "You can't review your own appeal.";

describe("appeals follow rank", () => {
  // The room's people from above, and a few more: an admin who acts (made one no more at the
  // end), an admin who reviews, a moderator an admin warns, a member appointed later.
  let actingAdmin: ConnectedMember;
  let reviewingAdmin: ConnectedMember;
  let moderator: ConnectedMember;
  let secondModerator: ConnectedMember;
  let warnedModerator: ConnectedMember;
  let adminWithAMessage: ConnectedMember;
  let newModerator: ConnectedMember;
  let someone: ConnectedMember;
  beforeAll(async () => {
    [adminWithAMessage, moderator, secondModerator, someone] = [
      admin,
      otherModerator,
      actingModerator,
      bystander,
    ];
    // A new admin reviews: their socket has heard nothing of the appeals above.
    [actingAdmin, reviewingAdmin, warnedModerator, newModerator] = [
      await person(),
      await person(),
      await person(),
      await person(),
    ];
    for (const each of [actingAdmin, reviewingAdmin]) await makeAdmin(prisma(), hearth.app.url, each);
    await placeInRoom(prisma(), warnedModerator, roomId, { role: "moderator" });
    for (const each of [adminWithAMessage, newModerator]) await join(each.socket, roomId);
  });

  it("an admin's warning to a moderator: the room's other moderators neither see nor decide it", async () => {
    const told = nextEvent(reviewingAdmin.socket, "attention:changed");
    const appealId = await actThenAppeal(
      actingAdmin,
      { action: "warn", roomId, userId: warnedModerator.id },
      warnedModerator,
    );
    await told;
    await expectRefused(moderator, appealId, adminsDecision);
    await expectRefused(actingAdmin, appealId, notTheActor);
    await expectRefused(warnedModerator, appealId, notOneself);
    expect((await getJson<Attention>("/api/attention", moderator)).appealsToReview).toBe(0);
    expect((await getJson<Attention>("/api/attention", reviewingAdmin)).appealsToReview).toBe(1);

    expect(await listed(reviewingAdmin, appealId)).toBe(true);
    expect((await decide(reviewingAdmin, appealId)).status).toBe(200);
    // The outcome says who reviewed by role: an admin, as the rule asked.
    const [outcome] = await notices(warnedModerator);
    expect(outcome).toMatchObject({ kind: "appeal_outcome" });
    expect(outcome?.body).toMatch(/^An admin reviewed your appeal and reversed the decision/);
  });

  it("an admin's action on a member goes to another admin", async () => {
    const appealId = await actThenAppeal(
      actingAdmin,
      { action: "mute", roomId, userId: someone.id, minutes: 30 },
      someone,
    );
    await expectRefused(moderator, appealId, adminsDecision);
    expect((await decide(reviewingAdmin, appealId)).status).toBe(200);
  });

  it("an admin's appeal goes to an admin who did not act", async () => {
    const message = await send(adminWithAMessage.socket, roomId, "A message an admin will hide");
    const appealId = await actThenAppeal(
      actingAdmin,
      { action: "hide_message", messageId: message.id },
      adminWithAMessage,
    );
    await expectRefused(moderator, appealId, adminsDecision);
    await expectRefused(actingAdmin, appealId, notTheActor);
    expect((await decide(reviewingAdmin, appealId)).status).toBe(200);
  });

  it("a moderator's action on a member stays with the room's other moderators", async () => {
    const appealId = await actThenAppeal(moderator, { action: "warn", roomId, userId: someone.id }, someone);
    await expectRefused(moderator, appealId, notTheActor);
    expect(await listed(reviewingAdmin, appealId)).toBe(true);
    expect(await listed(secondModerator, appealId)).toBe(true);
    expect((await decide(secondModerator, appealId)).status).toBe(200);
  });

  it("counts the higher rank, then or now: a member who became a moderator, an admin who is one no more", async () => {
    // Warned as a member, then appointed: a fellow moderator does not judge a moderator's appeal.
    const reason = "Warned before being appointed";
    expect(
      (await post("/api/mod/actions", { action: "warn", roomId, userId: newModerator.id, reason }, moderator))
        .status,
    ).toBe(200);
    await placeInRoom(prisma(), newModerator, roomId, { role: "moderator" });
    const { notices } = await getJson<{ notices: WireNotice[] }>("/api/notices", newModerator);
    const filed = await post(
      "/api/appeals",
      { noticeId: notices.find((notice) => notice.reason === reason)?.id, words: "Please look again." },
      newModerator,
    );
    await expectRefused(secondModerator, filed.body.appealId as string, fromAModerator);
    expect(await listed(reviewingAdmin, filed.body.appealId as string)).toBe(true);

    // Acted as an admin, no longer one: the decision was still an admin's.
    const appealId = await actThenAppeal(
      actingAdmin,
      { action: "warn", roomId, userId: someone.id },
      someone,
    );
    await prisma().user.update({ where: { id: actingAdmin.id }, data: { siteRole: "member" } });
    await placeInRoom(prisma(), actingAdmin, roomId, { role: "moderator" });
    await expectRefused(moderator, appealId, adminsDecision);
    expect((await decide(reviewingAdmin, appealId)).status).toBe(200);
  });
});
