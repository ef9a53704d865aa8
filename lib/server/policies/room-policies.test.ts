import { describe, expect, it } from "vitest";
import {
  canChangeMessage,
  canPost,
  canRead,
  canSeeRoom,
  type MembershipFacts,
  type RoomFacts,
} from "@/lib/server/policies/room-policies";

const now = new Date("2026-11-23T12:00:00Z");
const room: RoomFacts = { guidelinesVersion: 2, lockedAt: null, slowModeSeconds: 0, archivedAt: null };
const member: MembershipFacts = {
  listenOnly: false,
  guidelinesAcceptedVersion: 2,
  mutedUntil: null,
  removedAt: null,
  leftAt: null,
  lastPostedAt: null,
};
const earlier = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

// actor situation × room situation → expected outcome of canRead / canPost
const table: [string, MembershipFacts | null, RoomFacts, string, string][] = [
  ["member", member, room, "allowed", "allowed"],
  ["listener", { ...member, listenOnly: true }, room, "allowed", "forbidden"],
  ["not in the room", null, room, "forbidden", "forbidden"],
  ["left the room", { ...member, leftAt: earlier(60) }, room, "forbidden", "forbidden"],
  ["removed", { ...member, removedAt: earlier(60) }, room, "removed", "removed"],
  [
    "removed and left",
    { ...member, removedAt: earlier(60), leftAt: earlier(30) },
    room,
    "removed",
    "removed",
  ],
  ["muted", { ...member, mutedUntil: later(600) }, room, "allowed", "muted"],
  ["mute expired", { ...member, mutedUntil: earlier(1) }, room, "allowed", "allowed"],
  ["old guidelines", { ...member, guidelinesAcceptedVersion: 1 }, room, "allowed", "guidelines_required"],
  ["member, room locked", member, { ...room, lockedAt: earlier(10) }, "allowed", "room_locked"],
  [
    "member, slow mode, posted 5 s ago",
    { ...member, lastPostedAt: earlier(5) },
    { ...room, slowModeSeconds: 30 },
    "allowed",
    "slow_mode",
  ],
  [
    "member, slow mode, posted 31 s ago",
    { ...member, lastPostedAt: earlier(31) },
    { ...room, slowModeSeconds: 30 },
    "allowed",
    "allowed",
  ],
  ["member, room archived", member, { ...room, archivedAt: earlier(10) }, "not_found", "not_found"],
];

const outcome = (decision: ReturnType<typeof canRead>) => (decision.allowed ? "allowed" : decision.code);

describe("room policies", () => {
  it.each([
    ["a member", member, room, "allowed"],
    ["someone never in it", null, room, "allowed"],
    ["someone who left", { ...member, leftAt: earlier(60) }, room, "allowed"],
    ["someone removed", { ...member, removedAt: earlier(60) }, room, "removed"],
    ["anyone, room archived", null, { ...room, archivedAt: earlier(10) }, "not_found"],
  ] as const)("seeing the room from outside: %s → %s", (_situation, membership, roomFacts, expected) => {
    expect(outcome(canSeeRoom(membership, roomFacts))).toBe(expected);
  });

  it.each(table)("%s: read → %s, post → %s", (_situation, membership, roomFacts, read, post) => {
    expect([outcome(canRead(membership, roomFacts)), outcome(canPost(membership, roomFacts, now))]).toEqual([
      read,
      post,
    ]);
  });

  it("says how long a mute and slow mode still last", () => {
    expect(canPost({ ...member, mutedUntil: later(90) }, room, now)).toMatchObject({ retryAfterSeconds: 90 });
    expect(
      canPost({ ...member, lastPostedAt: earlier(5) }, { ...room, slowModeSeconds: 30 }, now),
    ).toMatchObject({ retryAfterSeconds: 25 });
  });

  it("lets only the author change a standing message", () => {
    const message = { authorId: "a", deletedAt: null, hiddenAt: null };
    expect(outcome(canChangeMessage("a", message))).toBe("allowed");
    expect(outcome(canChangeMessage("b", message))).toBe("forbidden");
    expect(outcome(canChangeMessage("a", { ...message, deletedAt: now }))).toBe("not_found");
    expect(outcome(canChangeMessage("a", { ...message, hiddenAt: now }))).toBe("forbidden");
  });
});
