import { describe, expect, it } from "vitest";
import { canJoin, type JoinMembershipFacts, type JoinRoomFacts } from "@/lib/server/policies/join-policies";

const now = new Date("2026-11-28T12:00:00Z");
const earlier = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const room: JoinRoomFacts = { capacity: 3, archivedAt: null };
const inRoom: JoinMembershipFacts = { removedAt: null, leftAt: null, guidelinesAcceptedVersion: 1 };
const left: JoinMembershipFacts = { ...inRoom, leftAt: earlier(60) };

// person × room × request → outcome of canJoin
const table: [string, JoinMembershipFacts | null, JoinRoomFacts, boolean, number, string, boolean?][] = [
  // [situation, membership, room, accepting the guidelines now, people in the room, outcome]
  ["newcomer accepting the guidelines", null, room, true, 0, "allowed"],
  ["newcomer not accepting the guidelines", null, room, false, 0, "guidelines_required"],
  ["newcomer, room full", null, room, true, 3, "room_full"],
  ["newcomer, one place left", null, room, true, 2, "allowed"],
  ["in the room, switching member/listener", inRoom, room, false, 2, "allowed"],
  ["in the room, room full (their own place)", inRoom, room, false, 3, "allowed"],
  ["left, accepted before, coming back", left, room, false, 1, "allowed"],
  ["left, room full", left, room, false, 3, "room_full"],
  ["left, accepted an older version", { ...left, guidelinesAcceptedVersion: 0 }, room, false, 1, "allowed"],
  [
    "never accepted, not accepting",
    { ...left, guidelinesAcceptedVersion: null },
    room,
    false,
    1,
    "guidelines_required",
  ],
  ["never accepted, accepting now", { ...left, guidelinesAcceptedVersion: null }, room, true, 1, "allowed"],
  ["removed", { ...inRoom, removedAt: earlier(60) }, room, true, 0, "removed"],
  ["removed and left", { ...left, removedAt: earlier(30) }, room, true, 0, "removed"],
  ["removed, room full", { ...left, removedAt: earlier(30) }, room, true, 3, "removed"],
  [
    "removed, never accepted",
    { ...left, removedAt: earlier(30), guidelinesAcceptedVersion: null },
    room,
    false,
    0,
    "removed",
  ],
  // [..., the person may moderate the room]
  ["a moderator who never joined, room full", left, room, false, 3, "allowed", true],
  ["an admin new to the room, room full", null, room, true, 5, "allowed", true],
  [
    "a moderator, never accepted the guidelines",
    { ...left, guidelinesAcceptedVersion: null },
    room,
    false,
    0,
    "guidelines_required",
    true,
  ],
  [
    "a removed moderator, room with places",
    { ...left, removedAt: earlier(30) },
    room,
    true,
    0,
    "removed",
    true,
  ],
  ["a moderator, room archived", left, { ...room, archivedAt: earlier(10) }, true, 0, "not_found", true],
  ["newcomer, room archived", null, { ...room, archivedAt: earlier(10) }, true, 0, "not_found"],
  ["in the room, room archived", inRoom, { ...room, archivedAt: earlier(10) }, false, 1, "not_found"],
  [
    "removed, room archived",
    { ...inRoom, removedAt: earlier(60) },
    { ...room, archivedAt: earlier(10) },
    true,
    1,
    "not_found",
  ],
];

describe("join policy", () => {
  it.each(table)(
    "%s",
    (_situation, membership, roomFacts, acceptingGuidelines, activeCount, expected, moderates) => {
      const decision = canJoin(membership, roomFacts, {
        acceptingGuidelines,
        listening: false,
        activeCount,
        moderates,
      });
      expect(decision.allowed ? "allowed" : decision.code).toBe(expected);
    },
  );
});

// Listening asks for no guidelines; every other rule holds for listeners as for members.
const listeningTable: [string, JoinMembershipFacts | null, JoinRoomFacts, number, string][] = [
  // [situation, membership, room, people in the room, outcome] — listening, not accepting
  ["newcomer listening", null, room, 0, "allowed"],
  ["newcomer listening, room full", null, room, 3, "room_full"],
  ["never accepted, back to listen", { ...left, guidelinesAcceptedVersion: null }, room, 1, "allowed"],
  [
    "listener who never accepted, staying",
    { ...inRoom, guidelinesAcceptedVersion: null },
    room,
    3,
    "allowed",
  ],
  [
    "removed, listening",
    { ...left, removedAt: earlier(30), guidelinesAcceptedVersion: null },
    room,
    0,
    "removed",
  ],
  ["room archived, listening", null, { ...room, archivedAt: earlier(10) }, 0, "not_found"],
];

describe("join policy, listening", () => {
  it.each(listeningTable)("%s", (_situation, membership, roomFacts, activeCount, expected) => {
    const decision = canJoin(membership, roomFacts, {
      acceptingGuidelines: false,
      listening: true,
      activeCount,
    });
    expect(decision.allowed ? "allowed" : decision.code).toBe(expected);
  });

  it("a listener who never accepted must accept to become a member", () => {
    const listener = { ...inRoom, guidelinesAcceptedVersion: null };
    const asMember = canJoin(listener, room, {
      acceptingGuidelines: false,
      listening: false,
      activeCount: 1,
    });
    expect(asMember.allowed ? "allowed" : asMember.code).toBe("guidelines_required");
  });
});
