import { describe, expect, it } from "vitest";
import {
  canOpenCheckIn,
  canRequestCheckIn,
  canSeeCheckIn,
  canWriteInCheckIn,
} from "@/lib/server/policies/check-in-policies";

const memberId = "member";
const moderator = {
  userId: "mod",
  siteRole: "member" as const,
  staffPowers: "ready" as const,
  membership: { role: "moderator" as const, removedAt: null },
};
const removedModerator = { ...moderator, membership: { role: "moderator" as const, removedAt: new Date() } };
const admin = {
  userId: "admin",
  siteRole: "admin" as const,
  staffPowers: "ready" as const,
  membership: null,
};
const theMember = {
  userId: memberId,
  siteRole: "member" as const,
  staffPowers: "ready" as const,
  membership: { role: "member" as const, removedAt: null },
};
const otherMember = {
  userId: "other",
  siteRole: "member" as const,
  staffPowers: "ready" as const,
  membership: { role: "member" as const, removedAt: null },
};
const outsider = {
  userId: "outsider",
  siteRole: "member" as const,
  staffPowers: "ready" as const,
  membership: null,
};
const open = { memberId, status: "open" as const };
const closed = { memberId, status: "closed" as const };

describe("who takes part in a check-in", () => {
  it.each([
    ["the member", theMember, true],
    ["a moderator of the room", moderator, true],
    ["an admin", admin, true],
    ["another member of the room", otherMember, false],
    ["someone outside the room", outsider, false],
    ["a moderator removed from the room", removedModerator, false],
  ])("%s may see it: %s", (_who, actor, expected) => {
    expect(canSeeCheckIn(actor, open).allowed).toBe(expected);
  });

  it("nobody writes in a closed one; they ask for a new one", () => {
    for (const actor of [theMember, moderator, admin])
      expect(canWriteInCheckIn(actor, closed)).toMatchObject({ allowed: false, code: "conflict" });
    expect(canWriteInCheckIn(otherMember, closed)).toMatchObject({ allowed: false, code: "forbidden" });
    expect(canWriteInCheckIn(theMember, open).allowed).toBe(true);
  });

  it.each([
    [
      "a moderator, with someone who has been in the room",
      moderator,
      { userId: memberId, hasBeenInRoom: true },
      true,
    ],
    ["an admin", admin, { userId: memberId, hasBeenInRoom: true }, true],
    ["a member", otherMember, { userId: memberId, hasBeenInRoom: true }, false],
    ["a moderator, with themselves", moderator, { userId: "mod", hasBeenInRoom: true }, false],
    ["a moderator, with a stranger to the room", moderator, { userId: "x", hasBeenInRoom: false }, false],
  ])("%s may open one: %s", (_who, actor, target, expected) => {
    expect(canOpenCheckIn(actor, target).allowed).toBe(expected);
  });

  it("a member asks in a room they joined, even if removed from it, not elsewhere", () => {
    expect(canRequestCheckIn({ membership: { removedAt: new Date() } }).allowed).toBe(true);
    expect(canRequestCheckIn({ membership: null }).allowed).toBe(false);
  });
});
