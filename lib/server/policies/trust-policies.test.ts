import { describe, expect, it } from "vitest";
import { containsLink } from "@/lib/server/safety/links";
import {
  defaultTrust,
  hasNewAccount,
  holdFor,
  isNewcomer,
  type TrustFacts,
  type WordsFacts,
} from "@/lib/server/policies/trust-policies";

const now = new Date("2026-11-30T12:00:00Z");
const hoursBefore = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

const regular: TrustFacts = {
  ...defaultTrust,
  careful: false,
  moderates: false,
  postCount: 40,
  joinedAt: hoursBefore(24 * 30),
  accountCreatedAt: hoursBefore(24 * 60),
  postsAnywhere: 120,
};
const newcomer: TrustFacts = {
  ...regular,
  postCount: 0,
  joinedAt: hoursBefore(0.1),
  postsAnywhere: 0,
  accountCreatedAt: hoursBefore(0.2),
};
const plain: WordsFacts = { hasLink: false, flagged: false, crisis: false };

describe("isNewcomer", () => {
  it.each([
    ["a regular", regular, false],
    ["fewer messages than the threshold", { ...regular, postCount: 4 }, true],
    ["exactly the threshold", { ...regular, postCount: 5 }, false],
    ["joined within the hours", { ...regular, joinedAt: hoursBefore(23) }, true],
    ["joined just past the hours", { ...regular, joinedAt: hoursBefore(25) }, false],
    ["thresholds at zero: nobody is new", { ...newcomer, newcomerMessages: 0, newcomerHours: 0 }, false],
  ])("%s", (_, facts, expected) => expect(isNewcomer(facts, now)).toBe(expected));
});

describe("hasNewAccount", () => {
  it.each([
    ["an old, busy account", regular, false],
    ["a young account", { ...regular, accountCreatedAt: hoursBefore(2) }, true],
    ["few messages anywhere", { ...regular, postsAnywhere: 4 }, true],
    ["thresholds at zero", { ...newcomer, linkAccountHours: 0, linkMessages: 0 }, false],
  ])("%s", (_, facts, expected) => expect(hasNewAccount(facts, now)).toBe(expected));
});

describe("holdFor", () => {
  it.each<[string, TrustFacts, WordsFacts, string | null]>([
    ["a regular in a careful room", { ...regular, careful: true }, plain, null],
    ["a newcomer in an ordinary room", newcomer, plain, null],
    ["a newcomer in a careful room", { ...newcomer, careful: true }, plain, "careful_room"],
    ["a newcomer's link", newcomer, { ...plain, hasLink: true }, "link"],
    ["a regular's link from an old account", regular, { ...plain, hasLink: true }, null],
    [
      "a link from a young account that is a regular in the room",
      { ...regular, accountCreatedAt: hoursBefore(1) },
      { ...plain, hasLink: true },
      "link",
    ],
    ["a regular's flagged word: shown (and reported)", regular, { ...plain, flagged: true }, null],
    ["a newcomer's flagged word: held", newcomer, { ...plain, flagged: true }, "watched_word"],
    [
      "crisis words are never held, even in a careful room",
      { ...newcomer, careful: true },
      { ...plain, crisis: true },
      null,
    ],
    [
      "crisis words with a link from a new account are never held",
      newcomer,
      { hasLink: true, flagged: true, crisis: true },
      null,
    ],
    [
      "a moderator is never held",
      { ...newcomer, careful: true, moderates: true },
      { ...plain, hasLink: true },
      null,
    ],
  ])("%s", (_, facts, words, expected) => expect(holdFor(facts, words, now)).toBe(expected));
});

describe("containsLink", () => {
  it.each([
    ["see https://example.org/x", true],
    ["http://a.b", true],
    ["go to www.example.net", true],
    ["join discord.gg/abc", true],
    ["my site is example.com", true],
    ["I felt it, i.e. the loss. Then 3.5 hours later", false],
    ["nothing here at all", false],
    ["node.js and e.g. things", false],
  ])("%s", (text, expected) => expect(containsLink(text)).toBe(expected));

  it("reads the content warning too", () => expect(containsLink("plain", "www.x.org")).toBe(true));
});
