import { describe, expect, it } from "vitest";
import { noteSendTurnedAway, turnedAwayWindowMs, turningSendsAway } from "@/lib/server/send-pressure";

describe("send pressure", () => {
  it("counts the process as turning sends away for a moment after each refusal", () => {
    expect(turningSendsAway(0)).toBe(false);
    noteSendTurnedAway(10_000);
    expect(turningSendsAway(10_000)).toBe(true);
    expect(turningSendsAway(10_000 + turnedAwayWindowMs - 1)).toBe(true);
    expect(turningSendsAway(10_000 + turnedAwayWindowMs)).toBe(false);
  });
});
