import { describe, expect, it } from "vitest";
import {
  canDecideAppeal,
  higherRank,
  isReviewerOf,
  type AppealFacts,
  type Rank,
} from "@/lib/server/policies/appeal-policies";
import type { ModeratorFacts } from "@/lib/server/policies/moderation-policies";

type Reviewer = ModeratorFacts & { userId: string };
const asReviewer = (userId: string, rank: Rank | null): Reviewer => ({
  userId,
  siteRole: rank === "admin" ? "admin" : "member",
  staffPowers: "ready",
  membership:
    rank === "moderator" ? { role: "moderator", removedAt: null } : { role: "member", removedAt: null },
});

// The situation: who acted (their rank when they acted → now; null: Hearth itself) and who appeals
// (their rank when acted on → now). A null "then" is an action taken before ranks were kept.
type Side = [then: Rank | null, now: Rank | null];
const situations: Record<string, { actedBy: Side | null; appellant: Side }> = {
  "a moderator's action on a member": {
    actedBy: ["moderator", "moderator"],
    appellant: ["member", "member"],
  },
  "an admin's action on a member": { actedBy: ["admin", "admin"], appellant: ["member", "member"] },
  "an admin's action on a moderator": { actedBy: ["admin", "admin"], appellant: ["moderator", "moderator"] },
  "an admin's action on an admin's message": { actedBy: ["admin", "admin"], appellant: ["admin", "admin"] },
  "an admin then, a moderator now, acted": {
    actedBy: ["admin", "moderator"],
    appellant: ["member", "member"],
  },
  "a moderator then, an admin now, acted": {
    actedBy: ["moderator", "admin"],
    appellant: ["member", "member"],
  },
  "acted on as a moderator, a member now": {
    actedBy: ["admin", "admin"],
    appellant: ["moderator", "member"],
  },
  "acted on as a member, a moderator now": {
    actedBy: ["moderator", "moderator"],
    appellant: ["member", "moderator"],
  },
  "Hearth held a member's message": { actedBy: null, appellant: ["member", "member"] },
  "before ranks were kept: a moderator on a member": {
    actedBy: [null, "moderator"],
    appellant: [null, "member"],
  },
  "before ranks were kept: an admin on a member": { actedBy: [null, "admin"], appellant: [null, "member"] },
  "before ranks were kept: on a moderator": { actedBy: [null, "admin"], appellant: [null, "moderator"] },
};

const facts = (situation: { actedBy: Side | null; appellant: Side }): AppealFacts => ({
  actedBy: situation.actedBy ? "acted" : null,
  appellant: "appellant",
  actedByRank: { then: situation.actedBy?.[0] ?? null, now: situation.actedBy?.[1] ?? null },
  appellantRank: { then: situation.appellant[0], now: situation.appellant[1] },
});

// situation → may decide: [another admin, the one who acted (as they are now), another moderator of
// the room, the appellant (as they are now)]
const Y = "allowed";
const N = "forbidden";
const table: Record<string, [string, string, string, string]> = {
  "a moderator's action on a member": [Y, N, Y, N],
  "an admin's action on a member": [Y, N, N, N],
  "an admin's action on a moderator": [Y, N, N, N],
  "an admin's action on an admin's message": [Y, N, N, N],
  "an admin then, a moderator now, acted": [Y, N, N, N],
  "a moderator then, an admin now, acted": [Y, N, N, N],
  "acted on as a moderator, a member now": [Y, N, N, N],
  "acted on as a member, a moderator now": [Y, N, N, N],
  "Hearth held a member's message": [Y, Y, Y, N], // nobody acted: the second place is a moderator too
  "before ranks were kept: a moderator on a member": [Y, N, Y, N],
  "before ranks were kept: an admin on a member": [Y, N, N, N],
  "before ranks were kept: on a moderator": [Y, N, N, N],
};

const outcome = (decision: { allowed: boolean }) => (decision.allowed ? Y : N);

describe("canDecideAppeal", () => {
  it.each(Object.entries(table))("%s", (name, expected) => {
    const situation = situations[name]!;
    const appeal = facts(situation);
    const reviewers = [
      asReviewer("another admin", "admin"),
      // Hearth acted: the place is taken by someone else who may moderate the room.
      situation.actedBy ? asReviewer("acted", situation.actedBy[1]) : asReviewer("someone", "moderator"),
      asReviewer("another moderator", "moderator"),
      asReviewer("appellant", situation.appellant[1]),
    ];
    expect(reviewers.map((reviewer) => outcome(canDecideAppeal(reviewer, appeal)))).toEqual(expected);
    // Who is told of a new appeal: exactly those of the room's moderators and admins who may decide it.
    expect(
      reviewers.map((reviewer) => (isReviewerOf(reviewer, appeal) ? Y : N)),
      "isReviewerOf",
    ).toEqual(expected);
  });

  it("never lets anyone who cannot moderate the room decide", () => {
    const appeal = facts(situations["a moderator's action on a member"]!);
    const outsiders: Reviewer[] = [
      {
        userId: "removed",
        siteRole: "member",
        staffPowers: "ready",
        membership: { role: "moderator", removedAt: new Date() },
      },
      {
        userId: "member",
        siteRole: "member",
        staffPowers: "ready",
        membership: { role: "member", removedAt: null },
      },
      { userId: "elsewhere", siteRole: "member", staffPowers: "ready", membership: null },
    ];
    for (const reviewer of outsiders) expect(outcome(canDecideAppeal(reviewer, appeal))).toBe(N);
  });

  it("says why, in words a person understands", () => {
    const moderator = asReviewer("another moderator", "moderator");
    expect(canDecideAppeal(moderator, facts(situations["an admin's action on a member"]!))).toEqual({
      allowed: false,
      code: "forbidden",
      message: "This was an admin's decision, so another admin reviews it.",
    });
    expect(canDecideAppeal(moderator, facts(situations["acted on as a member, a moderator now"]!))).toEqual({
      allowed: false,
      code: "forbidden",
      message: "This appeal is from a moderator, so an admin reviews it.",
    });
    const admin = asReviewer("acted", "admin");
    expect(canDecideAppeal(admin, facts(situations["an admin's action on a moderator"]!))).toMatchObject({
      message: "Someone other than the person who acted decides.",
    });
  });

  it("takes the higher of two ranks, and a member when none is known", () => {
    expect(higherRank("member", "admin")).toBe("admin");
    expect(higherRank("moderator", null)).toBe("moderator");
    expect(higherRank(null, null)).toBe("member");
  });
});
