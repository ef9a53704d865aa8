import { describe, expect, it } from "vitest";
import { createAdmission } from "@/lib/server/realtime/admission";

describe("createAdmission", () => {
  it("admits up to the floor before any rate is known, and again once one leaves", () => {
    const admission = createAdmission({ maxWaitMs: 1_000, floor: 2, now: () => 0 });
    expect(admission.enter()).toBe(true);
    expect(admission.enter()).toBe(true);
    expect(admission.enter()).toBe(false);
    admission.leave();
    expect(admission.inFlight).toBe(1);
    expect(admission.enter()).toBe(true);
  });

  it("admits about as many as it finishes in maxWaitMs at the measured rate", () => {
    let now = 0;
    const admission = createAdmission({ maxWaitMs: 1_000, floor: 10, now: () => now });
    // 300 finished in 300 ms: 1,000 a second, so 1,000 may be in flight.
    for (let index = 0; index < 300; index++) {
      admission.enter();
      now += 1;
      admission.leave();
    }
    expect(admission.limit).toBeGreaterThanOrEqual(990);
    expect(admission.limit).toBeLessThanOrEqual(1_010);
  });

  it("keeps a fixed limit when one is given", () => {
    const admission = createAdmission({ maxWaitMs: 1_000, floor: 10, fixedLimit: 1, now: () => 0 });
    expect(admission.enter()).toBe(true);
    expect(admission.enter()).toBe(false);
    expect(admission.limit).toBe(1);
  });
});
