import { describe, expect, it } from "vitest";
import { occurrenceStarts, wallClockToInstant } from "@/lib/server/services/sessions/occurrence-times";

describe("wallClockToInstant", () => {
  it("reads the time on the scheduler's clock", () => {
    expect(wallClockToInstant("2026-12-01T19:00", "Europe/London").toISOString()).toBe(
      "2026-12-01T19:00:00.000Z",
    );
    expect(wallClockToInstant("2026-07-01T19:00", "Europe/London").toISOString()).toBe(
      "2026-07-01T18:00:00.000Z",
    );
    expect(wallClockToInstant("2026-12-01T19:00", "America/New_York").toISOString()).toBe(
      "2026-12-02T00:00:00.000Z",
    );
    expect(wallClockToInstant("2026-12-01T19:00", "Asia/Kolkata").toISOString()).toBe(
      "2026-12-01T13:30:00.000Z",
    );
  });
});

describe("occurrenceStarts", () => {
  const weekly = {
    firstStartsAt: wallClockToInstant("2026-10-13T19:00", "Europe/London"),
    weekly: true,
    timeZone: "Europe/London",
  };

  it("keeps the hour on the scheduler's clock when daylight saving ends", () => {
    const starts = occurrenceStarts(weekly, new Date("2026-10-01Z"), new Date("2026-11-04Z"));
    expect(starts.map((start) => start.toISOString())).toEqual([
      "2026-10-13T18:00:00.000Z",
      "2026-10-20T18:00:00.000Z",
      "2026-10-27T19:00:00.000Z",
      "2026-11-03T19:00:00.000Z",
    ]);
  });

  it("starts from the window asked for", () => {
    const starts = occurrenceStarts(weekly, new Date("2026-10-21Z"), new Date("2026-11-01Z"));
    expect(starts.map((start) => start.toISOString())).toEqual(["2026-10-27T19:00:00.000Z"]);
  });

  it("gives a one-off session once, inside the window only", () => {
    const once = { ...weekly, weekly: false };
    expect(occurrenceStarts(once, new Date("2026-10-01Z"), new Date("2026-12-01Z"))).toHaveLength(1);
    expect(occurrenceStarts(once, new Date("2026-10-14Z"), new Date("2026-12-01Z"))).toHaveLength(0);
  });
});
