import { describe, expect, it } from "vitest";
import { activityInWords, partOfDay, sinceInWords, usualInWords } from "@/lib/shared/activity-words";

const now = Date.parse("2026-11-30T18:00:00Z");
const ago = (ms: number) => new Date(now - ms).toISOString();
const minutes = (n: number) => n * 60_000;

describe("activity in words", () => {
  it.each([
    [null, "Quiet so far"],
    [ago(minutes(3)), "Active now"],
    [ago(minutes(14)), "Active now"],
    [ago(minutes(20)), "Quiet right now · last active 20 minutes ago"],
    [ago(minutes(90)), "Quiet right now · last active an hour ago"],
    [ago(minutes(5 * 60)), "Quiet right now · last active 5 hours ago"],
    [ago(minutes(30 * 60)), "Quiet right now · last active yesterday"],
    [ago(minutes(4 * 24 * 60)), "Quiet right now · last active 4 days ago"],
    [ago(minutes(40 * 24 * 60)), "Quiet right now · last active a while ago"],
  ])("%s → %s", (lastActiveAt, words) => {
    expect(activityInWords(lastActiveAt, now)).toBe(words);
  });

  it("never counts anyone", () => {
    for (const ms of [0, minutes(1), minutes(59), minutes(600), minutes(100_000)])
      expect(activityInWords(ago(ms), now)).not.toMatch(/\d+ (people|members|of)/);
    expect(sinceInWords(minutes(1))).toBe("just now");
  });

  it("says the usual hour in the viewer's own time", () => {
    expect(usualInWords(null, 0)).toBeNull();
    expect(usualInWords(19, 0)).toBe("Usually active in the evenings");
    // 19:00 UTC is 14:00 in New York (offset +300 minutes in getTimezoneOffset terms).
    expect(usualInWords(19, 300)).toBe("Usually active in the afternoons");
    // 23:00 UTC is 08:00 in Tokyo (offset −540).
    expect(usualInWords(23, -540)).toBe("Usually active in the mornings");
    expect(partOfDay(3)).toBe("at night");
  });
});
