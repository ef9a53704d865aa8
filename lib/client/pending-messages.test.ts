import { describe, expect, it } from "vitest";
import { heldRetryDelayMs } from "@/lib/client/pending-messages";

describe("heldRetryDelayMs", () => {
  it("waits what the server said, plus up to half again at random", () => {
    expect(heldRetryDelayMs(2, () => 0)).toBe(2_000);
    expect(heldRetryDelayMs(2, () => 1)).toBe(3_000);
    expect(heldRetryDelayMs(2, () => 0.5)).toBe(2_500);
  });

  it("waits 5 s when the server said nothing, and never more than 30 s (plus the spread)", () => {
    expect(heldRetryDelayMs(undefined, () => 0)).toBe(5_000);
    expect(heldRetryDelayMs(600, () => 0)).toBe(30_000);
  });
});
