import { describe, expect, it } from "vitest";
import { canPostDuringSession, type SessionInProgress } from "@/lib/server/policies/session-policies";

const facilitator = "00000000-0000-4000-8000-000000000001";
const member = "00000000-0000-4000-8000-000000000002";
const other = "00000000-0000-4000-8000-000000000003";
const begun = new Date("2026-12-01T19:00:00Z");
const session = (changes: Partial<SessionInProgress>): SessionInProgress => ({
  openedAt: begun,
  pausedAt: null,
  floorUserId: null,
  facilitatorIds: [facilitator],
  ...changes,
});

describe("canPostDuringSession", () => {
  const table: [string, string, "member" | "moderator", SessionInProgress | null, string][] = [
    ["no session", member, "member", null, "allowed"],
    ["running", member, "member", session({}), "allowed"],
    ["waiting: member", member, "member", session({ openedAt: null }), "session_waiting"],
    ["waiting: moderator", member, "moderator", session({ openedAt: null }), "allowed"],
    ["waiting: facilitator", facilitator, "moderator", session({ openedAt: null }), "allowed"],
    ["paused: member", member, "member", session({ pausedAt: begun }), "room_paused"],
    ["paused: moderator", member, "moderator", session({ pausedAt: begun }), "room_paused"],
    ["paused: facilitator", facilitator, "moderator", session({ pausedAt: begun }), "allowed"],
    ["floor to them", member, "member", session({ floorUserId: member }), "allowed"],
    ["floor to another", member, "member", session({ floorUserId: other }), "floor_given"],
    ["floor: facilitator", facilitator, "moderator", session({ floorUserId: other }), "allowed"],
    [
      "paused with the floor",
      member,
      "member",
      session({ floorUserId: member, pausedAt: begun }),
      "room_paused",
    ],
  ];
  it.each(table)("%s", (_situation, userId, role, facts, expected) => {
    const decision = canPostDuringSession({ userId, role }, facts);
    expect(decision.allowed ? "allowed" : decision.code).toBe(expected);
  });
});
