import { describe, expect, it } from "vitest";
import { careState, type CareFacts } from "@/lib/shared/care-state";

const now = new Date("2027-01-12T03:00:00Z");
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const facts = (more: Partial<CareFacts> = {}): CareFacts => ({
  firstWroteAt: null,
  writingAt: null,
  firstOpenedAt: null,
  moderatorOnDuty: false,
  circlesTried: 1,
  deliveries: [],
  ...more,
});

describe("what the member is told", () => {
  it.each([
    ["the alerts are still being written", facts({ circlesTried: 0 }), "alerting"],
    ["a push is on its way", facts({ deliveries: ["pending", "failed"] }), "alerting"],
    ["a push service took one", facts({ deliveries: ["failed", "accepted"] }), "alerted"],
    ["every push failed or the devices are gone", facts({ deliveries: ["failed", "gone"] }), "not_reached"],
    ["nobody could be alerted", facts({ circlesTried: 3 }), "not_reached"],
    ["a moderator is on duty", facts({ moderatorOnDuty: true, circlesTried: 3 }), "on_duty"],
    ["a moderator opened it", facts({ firstOpenedAt: secondsAgo(60), moderatorOnDuty: true }), "seen"],
    ["a moderator is writing", facts({ firstOpenedAt: secondsAgo(60), writingAt: secondsAgo(5) }), "writing"],
    [
      "writing went quiet a while ago",
      facts({ firstOpenedAt: secondsAgo(90), writingAt: secondsAgo(60) }),
      "seen",
    ],
    ["a moderator wrote", facts({ firstWroteAt: secondsAgo(1), writingAt: secondsAgo(2) }), "wrote"],
  ] as const)("%s", (_what, given, expected) => {
    expect(careState(given, now)).toBe(expected);
  });
});
