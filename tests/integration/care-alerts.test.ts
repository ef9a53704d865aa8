// Care that reaches a person at any hour, through the real routes, sockets and a push-service
// stand-in on loopback: a crisis message, a check-in request or a pile-on alerts the moderators on
// duty within 5 s (else the room's moderators outside their quiet hours, else the admins); an
// unopened item escalates circle by circle, once each; the member is told where things stand,
// live; a gone device is forgotten, an error retried then counted; a hanging push service delays
// nothing; with several processes each push goes out once, and a restart loses no escalation.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minutesOfDay } from "@/lib/server/policies/care-alert-policies";
import { alertDueItems } from "@/lib/server/services/care/alert-due-items";
import { careCounts } from "@/lib/server/services/care/care-counts";
import type { CareState, CareStatus } from "@/lib/shared/care-types";
import { postJson } from "@/tests/factories/accounts";
import { ask, createRoom, join, nextEvent, send, type ConnectedMember } from "@/tests/factories/chat";
import { connectMember, makeAdmin, placeInRoom } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";
import { startAppProcess, type AppProcess } from "@/tests/setup/app-process";
import {
  startPushService,
  type Device,
  type PushService,
  type ReceivedPush,
} from "@/tests/setup/push-service";

const ESCALATE_SECONDS = 3;
const appEnv = {
  PUSH_SERVICE_HOSTS: "127.0.0.1",
  // 0.05 minutes: escalation in seconds, for the test. Delivery itself runs on the defaults.
  CARE_ESCALATE_AFTER_MINUTES: String(ESCALATE_SECONDS / 60),
};
const hearth = appPerFile(appEnv, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
const everyone: ConnectedMember[] = [];
let pushService: PushService;
let admin: ConnectedMember;

beforeAll(async () => {
  // Services called from this file (the claim race, the counts) use this file's database.
  (globalThis as Record<symbol, unknown>)[Symbol.for("hearth.prisma")] = hearth.database.prisma;
  pushService = await startPushService();
  admin = await person();
  await makeAdmin(prisma(), hearth.app.url, admin);
});
afterAll(async () => {
  everyone.forEach((someone) => someone.socket.close());
  await pushService.close();
});

async function person(url = hearth.app.url): Promise<ConnectedMember> {
  const connected = await connectMember(url);
  everyone.push(connected);
  return connected;
}
const post = (path: string, body: unknown, who: ConnectedMember, url = hearth.app.url) =>
  postJson(`${url}${path}`, body, { cookie: who.cookie });
async function getJson<Data>(path: string, who: ConnectedMember) {
  const response = await fetch(`${hearth.app.url}${path}`, { headers: { cookie: who.cookie } });
  return { status: response.status, body: (await response.json()) as Data };
}

/** Says yes to care alerts on a new device (the browser's subscription), as the settings page does. */
async function optIn(
  who: ConnectedMember,
  options: {
    answer?: Device["answer"];
    quietHours?: { from: string; until: string };
    timeZone?: string;
  } = {},
): Promise<Device> {
  const device = pushService.device(options.answer);
  const saved = await post(
    "/api/care-alerts",
    {
      subscription: device.subscription,
      rooms: "all",
      quietHours: options.quietHours ?? null,
      timeZone: options.timeZone ?? "Europe/London",
    },
    who,
  );
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return device;
}

/** Quiet hours around now, on that zone's clock. */
function quietNow(timeZone: string) {
  const now = minutesOfDay(new Date(), timeZone);
  const clock = (minutes: number) => {
    const wrapped = (minutes + 1440) % 1440;
    return `${String(Math.floor(wrapped / 60)).padStart(2, "0")}:${String(wrapped % 60).padStart(2, "0")}`;
  };
  return { quietHours: { from: clock(now - 60), until: clock(now + 60) }, timeZone };
}

const crisisWords = "honestly I want to end it all tonight, I have saved up the pills";

async function crisisItem(roomId: string, author: ConnectedMember) {
  const message = await send(author.socket, roomId, crisisWords);
  const item = await prisma().careItem.findFirstOrThrow({ where: { messageId: BigInt(message.id) } });
  return { message, item };
}
const forItem = (itemId: string) => (push: ReceivedPush) => push.text.includes(itemId);

async function alertsOf(itemId: string) {
  const alerts = await prisma().careAlert.findMany({
    where: { itemId },
    select: { userId: true, circle: true, deliveries: { select: { attempts: true, status: true } } },
    orderBy: { createdAt: "asc" },
  });
  return alerts.map((alert) => ({ ...alert, deliveries: alert.deliveries.length }));
}

/** Resolves once the member's status (asked again on every `care:status`) is `state`. */
async function statusBecomes(who: ConnectedMember, query: string, state: CareState): Promise<CareStatus> {
  const read = async () =>
    (await getJson<{ status: CareStatus }>(`/api/care/status?${query}`, who)).body.status;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const status = await read();
    if (status.state === state) return status;
    if (Date.now() > deadline) throw new Error(`status stayed ${status.state}, not ${state}`);
    // Wait for the next change the server announces (or a little, if it came before we listened).
    await nextEvent(who.socket, "care:status", () => true, 1_000).catch(() => undefined);
  }
}

async function roomWith(people: { member?: ConnectedMember[]; moderators?: ConnectedMember[] }) {
  const room = await createRoom(prisma());
  for (const moderator of people.moderators ?? []) {
    await placeInRoom(prisma(), moderator, room.id, { role: "moderator" });
    await join(moderator.socket, room.id);
  }
  for (const member of people.member ?? []) await join(member.socket, room.id);
  return room;
}

describe("care alerts reach a moderator", () => {
  it("within 5 s, the moderators on duty; the push holds no words and no pseudonym", async () => {
    const [author, onDuty, offDuty] = [await person(), await person(), await person()];
    const room = await roomWith({ member: [author], moderators: [onDuty, offDuty] });
    const onDutyDevice = await optIn(onDuty);
    await optIn(offDuty);
    expect((await post("/api/mod/duty", { onDuty: true }, onDuty)).status).toBe(200);

    const { item } = await crisisItem(room.id, author);
    // Waited for with a 5-second limit from the send's acknowledgement: the promise.
    const push = await pushService.next(onDutyDevice, forItem(item.id), 5_000);
    expect(JSON.parse(push.text)).toEqual({
      type: "care",
      title: `Someone in ${room.name} may need care`,
      url: `/mod/care/${item.id}`,
      tag: `care-${item.id}`,
    });
    for (const word of [author.pseudonym, ...crisisWords.split(/\W+/).filter((w) => w.length > 3)])
      expect(push.text.toLowerCase()).not.toContain(word.toLowerCase());
    expect(push.headers["content-encoding"]).toBe("aes128gcm");
    expect(push.headers.urgency).toBe("high");
    expect(push.headers.authorization).toMatch(/^vapid t=.+, k=.+/);
    // The round was written in one go before any push: the moderator off duty was not in it (the
    // escalation may have reached them since, as the next circle).
    const firstRound = (await alertsOf(item.id)).filter((alert) => alert.circle === "on_duty");
    expect(firstRound.map((alert) => alert.userId)).toEqual([onDuty.id]);
    expect((await statusBecomes(author, `roomId=${room.id}`, "on_duty")).state).toBe("on_duty");
  });

  it("with nobody on duty, every moderator of the room who opted in, outside their quiet hours, joined or appointed", async () => {
    const [author, joined, appointed, asleep, withoutDevice] = [
      await person(),
      await person(),
      await person(),
      await person(),
      await person(),
    ];
    const room = await roomWith({ member: [author], moderators: [joined, asleep, withoutDevice] });
    // Appointed by an admin, and never in the room: alerts reach them all the same.
    expect(
      (
        await post(
          "/api/admin/actions",
          {
            action: "appoint_moderator",
            roomId: room.id,
            pseudonym: appointed.pseudonym,
            reason: "covering",
          },
          admin,
        )
      ).status,
    ).toBe(200);
    const [joinedDevice, appointedDevice] = [await optIn(joined), await optIn(appointed)];
    await optIn(asleep, quietNow("Pacific/Auckland"));

    const { item } = await crisisItem(room.id, author);
    await pushService.next(joinedDevice, forItem(item.id), 5_000);
    await pushService.next(appointedDevice, forItem(item.id), 5_000);
    const alerted = (await alertsOf(item.id)).filter((alert) => alert.circle === "room_moderators");
    expect(alerted.map((alert) => alert.userId).sort()).toEqual([joined.id, appointed.id].sort());
    await statusBecomes(author, `roomId=${room.id}`, "alerted");

    // The member asks for a check-in from the care card: a new alert, and the card follows it.
    const asked = await post("/api/check-ins/request", { roomId: room.id }, author);
    const checkInId = asked.body.checkInId as string;
    const request = await prisma().careItem.findUniqueOrThrow({ where: { checkInId } });
    await pushService.next(joinedDevice, forItem(request.id), 5_000);
    await statusBecomes(author, `checkInId=${checkInId}`, "alerted");

    // The truth as it changes: seen, a moderator writing, a moderator's words.
    expect((await post("/api/care/opened", { itemId: request.id }, author)).status).toBe(404);
    expect((await post("/api/care/opened", { itemId: request.id }, joined)).body).toEqual({ first: true });
    expect((await post("/api/care/opened", { itemId: request.id }, appointed)).body).toEqual({
      first: false,
    });
    await statusBecomes(author, `checkInId=${checkInId}`, "seen");
    const writing = { roomId: room.id, memberId: author.id };
    expect((await post("/api/care/writing", writing, author)).status).toBe(404);
    expect((await post("/api/care/writing", writing, joined)).status).toBe(200);
    await statusBecomes(author, `checkInId=${checkInId}`, "writing");
    await post("/api/check-ins/reply", { checkInId, body: "I'm here. How are you right now?" }, joined);
    expect(await statusBecomes(author, `roomId=${room.id}`, "wrote")).toEqual({ state: "wrote", checkInId });
    const crisis = await prisma().careItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(crisis.firstWroteAt).not.toBeNull();
    expect(crisis.firstOpenedById).toBe(joined.id);
  });

  it("with none of the room's moderators reachable, the admins who opted in", async () => {
    const [author, asleep] = [await person(), await person()];
    const room = await roomWith({ member: [author], moderators: [asleep] });
    await optIn(asleep, quietNow("Europe/Berlin"));
    const adminDevice = await optIn(admin);
    const { item } = await crisisItem(room.id, author);
    await pushService.next(adminDevice, forItem(item.id), 5_000);
    expect(await alertsOf(item.id)).toEqual([{ userId: admin.id, circle: "admins", deliveries: 1 }]);
  });
});

// A second process for the last tests, started early, while the tests before them wait on clocks.
let secondStarting: Promise<AppProcess> | undefined;
const secondProcess = () =>
  (secondStarting ??= startAppProcess({
    databaseUrl: hearth.database.url,
    env: appEnv,
    staffSecondFactor: "off",
    timeoutMs: 120_000,
  }));

describe("escalation", () => {
  beforeAll(() => {
    // A failed start is reported by the test that needs it.
    secondProcess().catch(() => undefined);
  });

  it("alerts the next circle while nobody opens the item, once each; the item shows who and when", async () => {
    const [author, onDuty, colleague] = [await person(), await person(), await person()];
    const room = await roomWith({ member: [author], moderators: [onDuty, colleague] });
    const [onDutyDevice, colleagueDevice] = [await optIn(onDuty), await optIn(colleague)];
    const adminDevice = await optIn(admin);
    await post("/api/mod/duty", { onDuty: true }, onDuty);

    const { item } = await crisisItem(room.id, author);
    await pushService.next(onDutyDevice, forItem(item.id), 5_000);
    await pushService.next(colleagueDevice, forItem(item.id), (ESCALATE_SECONDS + 10) * 1000);
    await pushService.next(adminDevice, forItem(item.id), (ESCALATE_SECONDS + 10) * 1000);
    expect((await alertsOf(item.id)).map(({ userId, circle }) => ({ userId, circle }))).toEqual([
      { userId: onDuty.id, circle: "on_duty" },
      { userId: colleague.id, circle: "room_moderators" },
      { userId: admin.id, circle: "admins" },
    ]);
    // Every circle was tried: nothing more is due, and nobody was alerted twice.
    expect((await prisma().careItem.findUniqueOrThrow({ where: { id: item.id } })).alertDueAt).toBeNull();
    expect(pushService.received(onDutyDevice).filter(forItem(item.id))).toHaveLength(1);

    const page = async (who: ConnectedMember) =>
      (await fetch(`${hearth.app.url}/mod/care/${item.id}`, { headers: { cookie: who.cookie } })).text();
    const before = await page(colleague);
    expect(before).toContain("Nobody has opened it yet.");
    expect(before).toContain(`${onDuty.pseudonym} (on duty)`);
    expect(before).toContain(`${colleague.pseudonym} (moderator of the room)`);
    await post("/api/care/opened", { itemId: item.id }, colleague);
    expect(await page(onDuty)).toContain(`First opened by ${colleague.pseudonym}`);
    // Someone who does not moderate the room learns nothing about it.
    expect(
      (await fetch(`${hearth.app.url}/mod/care/${item.id}`, { headers: { cookie: author.cookie } })).status,
    ).toBe(404);
  });

  it("stops at the first look", async () => {
    const [author, moderator] = [await person(), await person()];
    const room = await roomWith({ member: [author], moderators: [moderator] });
    const device = await optIn(moderator);
    const { item } = await crisisItem(room.id, author);
    await pushService.next(device, forItem(item.id), 5_000);
    await post("/api/care/opened", { itemId: item.id }, moderator);
    const opened = await prisma().careItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(opened).toMatchObject({ alertDueAt: null, firstOpenedById: moderator.id, circlesTried: 2 });
  });
});

describe("when a push service fails", () => {
  it("forgets a device that is gone (410), and retries errors with backoff before counting them failed", async () => {
    const [author, moderator] = [await person(), await person()];
    const room = await roomWith({ member: [author], moderators: [moderator] });
    const gone = await optIn(moderator, { answer: "gone" });
    const failing = await optIn(moderator, { answer: "error" });
    const { item } = await crisisItem(room.id, author);
    await pushService.next(gone, forItem(item.id), 5_000);
    // Four tries: the first and three more, 0.5, 1 and 2 s apart.
    await pushService.next(failing, () => pushService.received(failing).length >= 4, 20_000);
    const deliveryOf = (device: Device) =>
      prisma().careDelivery.findFirstOrThrow({
        where: { alert: { itemId: item.id }, subscription: { endpoint: device.endpoint } },
      });
    expect(await prisma().pushSubscription.count({ where: { endpoint: gone.endpoint } })).toBe(0);
    for (;;) {
      const delivery = await deliveryOf(failing);
      if (delivery.status !== "pending") {
        expect(delivery).toMatchObject({ status: "failed", attempts: 4, lastStatusCode: 503 });
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // What /metrics reads (issue 25).
    const counts = await careCounts();
    expect(counts.alertsGone).toBeGreaterThanOrEqual(1);
    expect(counts.alertsFailed).toBeGreaterThanOrEqual(1);
    expect(counts.alertsSent).toBeGreaterThanOrEqual(counts.alertsAccepted + 2);
    expect(counts.itemsRaised).toBeGreaterThan(counts.itemsOpened);
  });

  it("delays no send, acknowledgement or page while the push service hangs", async () => {
    const [author, moderator] = [await person(), await person()];
    const room = await roomWith({ member: [author], moderators: [moderator] });
    const hanging = await optIn(moderator, { answer: "hang" });
    const { item } = await crisisItem(room.id, author);
    await pushService.next(hanging, forItem(item.id), 5_000);
    expect(pushService.hanging()).toBeGreaterThan(0);
    // The push is held open: sends are acknowledged, pages and the API answer all the same.
    for (const words of ["still here", crisisWords, "thank you all"]) {
      const answer = await ask(author.socket, "message:send", {
        roomId: room.id,
        clientId: randomUUID(),
        body: words,
      });
      expect(answer.ok).toBe(true);
      expect(pushService.hanging()).toBeGreaterThan(0);
    }
    expect((await fetch(`${hearth.app.url}/rooms`)).status).toBe(200);
    expect((await fetch(`${hearth.app.url}/api/health`)).status).toBe(200);
    expect(pushService.hanging()).toBeGreaterThan(0);
    pushService.release();
  });
});

describe("several processes", () => {
  let second: AppProcess | undefined;
  afterAll(async () => {
    await (second ?? (await secondStarting?.catch(() => undefined)))?.stop();
  });

  it("claim each round once, even when several look at the same moment", async () => {
    const [author, moderator] = [await person(), await person()];
    const room = await roomWith({ member: [author], moderators: [moderator] });
    const device = await optIn(moderator);
    const message = await send(author.socket, room.id, "an ordinary message");
    const messageId = BigInt(message.id);
    // Raised as a process raises one (its report, then the item due now); this file's process and
    // the server race to claim it.
    await prisma().report.create({
      data: { messageId, roomId: room.id, source: "crisis_detection", reason: "self_harm_risk" },
    });
    const item = await prisma().careItem.create({
      data: { kind: "crisis", roomId: room.id, memberId: author.id, messageId, alertDueAt: new Date() },
    });
    await Promise.all([alertDueItems(), alertDueItems(), alertDueItems()]);
    await pushService.next(device, forItem(item.id), 5_000);
    expect(await alertsOf(item.id)).toEqual([
      { userId: moderator.id, circle: "room_moderators", deliveries: 1 },
    ]);
  });

  it("send each push once with two processes; the escalation survives the process that raised it", async () => {
    second = await secondProcess();
    const [author, onDuty, colleague] = [await person(), await person(), await person()];
    const room = await roomWith({ member: [author], moderators: [onDuty, colleague] });
    const [onDutyDevice, colleagueDevice] = [await optIn(onDuty), await optIn(colleague)];
    await post("/api/mod/duty", { onDuty: true }, onDuty);

    const { item } = await crisisItem(room.id, author);
    await pushService.next(onDutyDevice, forItem(item.id), 5_000);
    // Both processes keep looking; once a push is accepted, no process may send it again.
    for (;;) {
      const deliveries = await prisma().careDelivery.findMany({ where: { alert: { itemId: item.id } } });
      if (deliveries.every((delivery) => delivery.status === "accepted")) {
        expect(deliveries.map((delivery) => delivery.attempts)).toEqual([1]);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(pushService.received(onDutyDevice).filter(forItem(item.id))).toHaveLength(1);

    // The process that raised the item dies before its escalation is due: the other one sends it.
    await hearth.app.kill();
    await pushService.next(colleagueDevice, forItem(item.id), (ESCALATE_SECONDS + 15) * 1000);
    expect((await alertsOf(item.id)).map(({ userId, circle }) => ({ userId, circle }))).toEqual([
      { userId: onDuty.id, circle: "on_duty" },
      { userId: colleague.id, circle: "room_moderators" },
    ]);
  });
});
