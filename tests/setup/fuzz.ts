// Seeded generators of hostile input for the fuzz test: payloads for every socket event and
// requests for every HTTP route, each a valid one bent in a random way (a field swapped for a
// nasty value, dropped, doubled, the whole thing replaced, ids out of range, control characters).
import type { ClientRequestName } from "@/lib/shared/realtime-events";
import { reactionKinds } from "@/lib/shared/schemas/chat";
import { reportReasons } from "@/lib/shared/schemas/moderation";

/** mulberry32: small, fast and the same on every machine for a given seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seededRandom>;

export function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function randomText(random: Random, length: number): string {
  const alphabets = [
    "abcdefghijklmnopqrstuvwxyz ",
    "\u0000\u0001\u0007\u0008\u000b\u001b\u007f\u0085\u009f",
    "<>&\"'`\\/%{}$;",
    "éßøΩЖ漢字🌿👩‍👧\u200d\u202e\ufeff\ud800\udfff",
    "0123456789-_.:",
  ];
  let out = "";
  for (let i = 0; i < length; i++) out += random.pick([...random.pick(alphabets)]);
  return out;
}

function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Values that have broken servers before: wrong types, edges of ranges, odd strings. */
export function nastyValue(random: Random): unknown {
  const choices: (() => unknown)[] = [
    () => null,
    () => undefined,
    () => true,
    () => false,
    () => 0,
    () => -1,
    () => 1.5,
    () => 1e308,
    () => -1e308,
    () => Number.MAX_SAFE_INTEGER + 2,
    () => "",
    () => " ",
    () => "\u0000",
    () => "a\u0000b",
    () => "\u001b[2J",
    () => "%00%ZZ",
    () => "9223372036854775807",
    () => "9223372036854775808",
    () => "-9223372036854775809",
    () => "0",
    () => "00",
    () => "1e3",
    () => "0x10",
    () => "NaN",
    () => "Infinity",
    () => "<script>alert(1)</script>",
    () => "' OR 1=1 --",
    () => "${7*7}{{7*7}}",
    () => "__proto__",
    () => "constructor",
    () => "\ud800",
    () => "\u202eevil",
    () => "a".repeat(2001),
    () => "w".repeat(81),
    () => "x".repeat(4000),
    () => "00000000-0000-0000-0000-000000000000",
    () => "ffffffff-ffff-ffff-ffff-ffffffffffff",
    () => seededUuid(random).toUpperCase(),
    () => seededUuid(random),
    () => [],
    () => ({}),
    () => [null],
    () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
    () => ({ toString: 1, valueOf: "x" }),
    () => nestedArrays(30),
    () => randomText(random, random.int(40)),
    () => random.int(1_000_000),
    () => String(random.int(1_000_000)),
  ];
  return random.pick(choices)();
}

export interface FuzzWorld {
  roomId: string;
  otherRoomId: string;
  messageIds: string[];
  userIds: string[];
  topicId: string;
}

const moderationActions = [
  "hide_message",
  "dismiss_reports",
  "warn",
  "mute",
  "unmute",
  "remove",
  "lift_removal",
  "slow_mode",
  "lock",
  "edit_guidelines",
] as const;

/** A payload an honest client could send, for every event (the map keeps it complete). */
const validPayloads: Record<
  ClientRequestName,
  (world: FuzzWorld, random: Random) => Record<string, unknown>
> = {
  "room:join": (w, r) => ({
    roomId: r.pick([w.roomId, w.otherRoomId]),
    acceptGuidelines: true,
    ...(r.chance(0.3) && { listenOnly: r.chance(0.5) }),
  }),
  "room:watch": (w, r) => ({ roomId: r.pick([w.roomId, w.otherRoomId]) }),
  "room:leave": (w, r) => ({ roomId: r.pick([w.roomId, w.otherRoomId]) }),
  "room:read": (w, r) => ({ roomId: w.roomId, messageId: r.pick(w.messageIds) }),
  "message:send": (w, r) => ({
    roomId: w.roomId,
    clientId: seededUuid(r),
    body: randomText(r, 1 + r.int(60)).replace(/[\u0000-\u001f\u007f-\u009f]/g, "") || "hello",
    ...(r.chance(0.2) && { contentWarning: "loss" }),
  }),
  "message:edit": (w, r) => ({ messageId: r.pick(w.messageIds), body: "edited words" }),
  "message:delete": (w, r) => ({ messageId: r.pick(w.messageIds) }),
  "message:react": (w, r) => ({ messageId: r.pick(w.messageIds), kind: r.pick(reactionKinds) }),
  history: (w, r) => ({
    roomId: w.roomId,
    ...r.pick([{}, { before: r.pick(w.messageIds) }, { after: r.pick(["0", ...w.messageIds]) }]),
    ...(r.chance(0.5) && { limit: 1 + r.int(100) }),
  }),
  typing: (w) => ({ roomId: w.roomId }),
  "member:block": (w, r) => ({ userId: r.pick(w.userIds) }),
  "report:create": (w, r) => ({
    messageId: r.pick(w.messageIds),
    reason: r.pick(reportReasons),
    ...(r.chance(0.3) && { details: "details" }),
  }),
  "mod:action": (w, r) => {
    const action = r.pick(moderationActions);
    const base = { action, reason: "fuzz" };
    switch (action) {
      case "hide_message":
      case "dismiss_reports":
        return { ...base, messageId: r.pick(w.messageIds) };
      case "mute":
        return { ...base, roomId: w.roomId, userId: r.pick(w.userIds), minutes: 1 + r.int(100) };
      case "slow_mode":
        return { ...base, roomId: w.roomId, seconds: r.int(3) };
      case "lock":
        return { ...base, roomId: w.roomId, locked: false };
      case "edit_guidelines":
        return { ...base, roomId: w.roomId, guidelines: "Be kind." };
      default:
        return { ...base, roomId: w.roomId, userId: r.pick(w.userIds) };
    }
  },
};

/** A valid payload bent at random; sometimes left valid so the deeper code runs too. */
export function fuzzPayload(event: ClientRequestName, world: FuzzWorld, random: Random): unknown {
  const valid = validPayloads[event](world, random);
  const roll = random.next();
  if (roll < 0.25) return valid;
  if (roll < 0.75) {
    const keys = Object.keys(valid);
    const bent = { ...valid };
    const times = 1 + random.int(2);
    for (let i = 0; i < times; i++) bent[random.pick(keys)] = nastyValue(random);
    return bent;
  }
  if (roll < 0.85) {
    const bent: Record<string, unknown> = { ...valid };
    if (random.chance(0.5)) delete bent[random.pick(Object.keys(valid))];
    else bent[random.pick(["extra", "__proto__", "constructor", "action", "roomId"])] = nastyValue(random);
    return bent;
  }
  return nastyValue(random);
}

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const contentTypes = [
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
  "",
];

function fuzzPath(template: string, world: FuzzWorld, random: Random): string {
  const segment = () =>
    random.pick([
      () => seededUuid(random),
      () => random.pick(world.userIds),
      () => encodeURIComponent(randomText(random, 1 + random.int(20))),
      () => "%ZZ",
      () => "%E0%A4%A",
      () => "..%2F..%2Fetc%2Fpasswd",
      () => "a".repeat(300),
      () => "signin",
      () => "callback",
      () => "session",
      () => "csrf",
      () => "_log",
      () => "callback/credentials",
    ])();
  let path = template.replace(/\[\.\.\.[^\]]+\]/g, segment).replace(/\[[^\]]+\]/g, segment);
  if (random.chance(0.15))
    path += `?${random.pick(["q=%ZZ", "callbackUrl=https://evil.example", "a=" + "b".repeat(500), "x"])}`;
  return path;
}

/** A request to one route: its own methods mostly, any method sometimes, hostile bodies and headers. */
export function fuzzRequest(
  route: { path: string; methods: readonly string[] },
  world: FuzzWorld,
  random: Random,
  origin: string,
): FuzzRequest {
  const method = random.chance(0.8)
    ? random.pick(route.methods)
    : random.pick(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
  const headers: Record<string, string> = {};
  const originRoll = random.next();
  if (originRoll < 0.8) headers.origin = origin;
  else if (originRoll < 0.9) headers.origin = random.pick(["http://evil.example", "null", "%ZZ"]);
  let body: string | undefined;
  if (!["GET", "HEAD"].includes(method)) {
    const contentType = random.chance(0.7) ? "application/json" : random.pick(contentTypes);
    if (contentType) headers["content-type"] = contentType;
    const bodyRoll = random.next();
    // Every route takes what it needs from this, so most bodies get past the shape check.
    const payload = {
      ...validPayloads["mod:action"](world, random),
      pseudonym: `Fuzz ${randomText(random, 6).replace(/[^a-z]/g, "") || "x"}`,
      password: "lantern meadow quietly",
      currentPassword: "not the current password",
      newPassword: "another long passphrase",
      recoveryCode: "ABCDE-FGHJK-MNPQR-STVWX",
      userId: random.pick(world.userIds),
      phrase: "fuzzword",
      id: seededUuid(random),
      topicId: world.topicId,
    };
    if (bodyRoll < 0.5) {
      const bent: Record<string, unknown> = { ...payload };
      bent[
        random.pick([
          "pseudonym",
          "password",
          "userId",
          "messageId",
          "reason",
          "phrase",
          "action",
          "id",
          "roomId",
        ])
      ] = nastyValue(random);
      body = JSON.stringify(bent);
    } else if (bodyRoll < 0.65) body = JSON.stringify(nastyValue(random)) ?? "";
    else if (bodyRoll < 0.8) body = random.pick(['{"a":', "{bad", "\u0000", "[1,2", "", "null", '"x"']);
    else if (bodyRoll < 0.9) body = randomText(random, random.int(200));
    else body = "x".repeat(random.pick([16 * 1024 + 1, 40_000]));
  }
  return { method, path: fuzzPath(route.path, world, random), headers, body };
}
