import { describe, expect, it } from "vitest";
import {
  canAdminister,
  canModerateMember,
  canModerateMessage,
  canModerateRoom,
  type ModeratorFacts,
  type TargetFacts,
} from "@/lib/server/policies/moderation-policies";

const now = new Date();
const actors: Record<string, ModeratorFacts & { userId: string }> = {
  admin: { userId: "admin", siteRole: "admin", staffPowers: "ready", membership: null },
  "this room's moderator": {
    userId: "mod",
    siteRole: "member",
    staffPowers: "ready",
    membership: { role: "moderator", removedAt: null },
  },
  "removed moderator": {
    userId: "mod2",
    siteRole: "member",
    staffPowers: "ready",
    membership: { role: "moderator", removedAt: now },
  },
  member: {
    userId: "m",
    siteRole: "member",
    staffPowers: "ready",
    membership: { role: "member", removedAt: null },
  },
  "not in the room": { userId: "x", siteRole: "member", staffPowers: "ready", membership: null },
  // Sessions without a second step (decision 0028): staff powers wait; members are told what they always are.
  "admin without a second step": {
    userId: "admin",
    siteRole: "admin",
    staffPowers: "waiting",
    membership: null,
  },
  "moderator without a second step": {
    userId: "mod",
    siteRole: "member",
    staffPowers: "waiting",
    membership: { role: "moderator", removedAt: null },
  },
  "member without a second step": {
    userId: "m",
    siteRole: "member",
    staffPowers: "waiting",
    membership: { role: "member", removedAt: null },
  },
};
const targets: Record<string, TargetFacts> = {
  member: { userId: "t", siteRole: "member", membership: { role: "member" } },
  moderator: { userId: "t2", siteRole: "member", membership: { role: "moderator" } },
  admin: { userId: "t3", siteRole: "admin", membership: null },
};

// actor → [moderate the room, act on a member, act on a moderator, act on an admin, administer]
const table: Record<string, [string, string, string, string, string]> = {
  admin: ["allowed", "allowed", "allowed", "forbidden", "allowed"],
  "this room's moderator": ["allowed", "allowed", "forbidden", "forbidden", "forbidden"],
  "removed moderator": ["forbidden", "forbidden", "forbidden", "forbidden", "forbidden"],
  member: ["forbidden", "forbidden", "forbidden", "forbidden", "forbidden"],
  "not in the room": ["forbidden", "forbidden", "forbidden", "forbidden", "forbidden"],
  // The gate answers before rank: whoever holds a staff role hears about the second step first.
  "admin without a second step": ["waits", "waits", "waits", "waits", "waits"],
  "moderator without a second step": ["waits", "waits", "waits", "waits", "forbidden"],
  "member without a second step": ["forbidden", "forbidden", "forbidden", "forbidden", "forbidden"],
};

const outcome = (decision: { allowed: true } | { allowed: false; code: string }) =>
  decision.allowed ? "allowed" : decision.code === "second_factor_required" ? "waits" : "forbidden";

describe("moderation policies", () => {
  it.each(Object.entries(table))("%s", (name, expected) => {
    const actor = actors[name] as ModeratorFacts & { userId: string };
    expect([
      outcome(canModerateRoom(actor)),
      outcome(canModerateMember(actor, targets.member as TargetFacts)),
      outcome(canModerateMember(actor, targets.moderator as TargetFacts)),
      outcome(canModerateMember(actor, targets.admin as TargetFacts)),
      outcome(canAdminister(actor)),
    ]).toEqual(expected);
  });

  it("never lets a moderator act on themselves", () => {
    const moderator = actors["this room's moderator"] as ModeratorFacts & { userId: string };
    expect(
      outcome(
        canModerateMember(moderator, {
          userId: "mod",
          siteRole: "member",
          membership: { role: "moderator" },
        }),
      ),
    ).toBe("forbidden");
  });
});

describe("canModerateMessage (rank)", () => {
  const authors: Record<string, TargetFacts> = {
    "a member's": { userId: "t", siteRole: "member", membership: { role: "member" } },
    "a moderator's": { userId: "t2", siteRole: "member", membership: { role: "moderator" } },
    "an admin's": { userId: "t3", siteRole: "admin", membership: { role: "member" } },
    "someone no longer in the room": { userId: "t4", siteRole: "member", membership: null },
  };
  // actor → [own message, a member's, a moderator's, an admin's, someone gone]
  const rank: Record<string, [string, string, string, string, string]> = {
    admin: ["forbidden", "allowed", "allowed", "allowed", "allowed"],
    "this room's moderator": ["forbidden", "allowed", "forbidden", "forbidden", "allowed"],
    "removed moderator": ["forbidden", "forbidden", "forbidden", "forbidden", "forbidden"],
    member: ["forbidden", "forbidden", "forbidden", "forbidden", "forbidden"],
    "not in the room": ["forbidden", "forbidden", "forbidden", "forbidden", "forbidden"],
  };

  it.each(Object.entries(rank))("%s", (name, expected) => {
    const actor = actors[name] as ModeratorFacts & { userId: string };
    const own: TargetFacts = {
      userId: actor.userId,
      siteRole: actor.siteRole,
      membership: actor.membership && { role: actor.membership.role },
    };
    expect(
      [own, ...Object.values(authors)].map((author) => outcome(canModerateMessage(actor, author))),
    ).toEqual(expected);
  });
});
