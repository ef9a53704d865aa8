import { describe, expect, it } from "vitest";
import { sessionStartInWords, untilInWords, whenInWords } from "@/lib/client/time-words";

// Local dates: the functions speak in the zone of the machine running them, as in a browser.
const now = new Date(2026, 10, 30, 20, 30);
const at = (day: number, hour: number, minute = 0, year = 2026) =>
  new Date(year, 10, day, hour, minute).toISOString();

describe("times in words, in the reader's zone", () => {
  it("says today, yesterday and tomorrow as people do", () => {
    expect(whenInWords(at(30, 9, 5), now, "en-GB")).toBe("today, 09:05");
    expect(whenInWords(at(29, 14, 2), now, "en-GB")).toBe("yesterday, 14:02");
    expect(whenInWords(at(3, 9, 15), now, "en-GB")).toBe("3 Nov, 09:15");
    expect(whenInWords(at(3, 9, 15, 2025), now, "en-GB")).toBe("3 Nov 2025, 09:15");
  });

  it("says when a pause ends, or that it has", () => {
    expect(untilInWords(at(30, 21, 30), now, "en-GB")).toBe("Until 21:30.");
    expect(untilInWords(new Date(2026, 11, 1, 9, 0).toISOString(), now, "en-GB")).toBe(
      "Until tomorrow, 09:00.",
    );
    expect(untilInWords(at(30, 20, 0), now, "en-GB")).toBe("This has ended.");
  });
});

describe("when a session starts, in the reader's zone", () => {
  const monday = new Date(2026, 10, 30, 12, 0);
  const on = (month: number, day: number, hour: number) => new Date(2026, month, day, hour, 0).toISOString();
  it("says tonight, today, tomorrow, the weekday, then the date", () => {
    expect(sessionStartInWords(on(10, 30, 19), monday, "en-GB")).toBe("Tonight, 19:00");
    expect(sessionStartInWords(on(10, 30, 14), monday, "en-GB")).toBe("Today, 14:00");
    expect(sessionStartInWords(on(11, 1, 19), monday, "en-GB")).toBe("Tomorrow, 19:00");
    expect(sessionStartInWords(on(11, 3, 18), monday, "en-GB")).toBe("Thursday, 18:00");
    expect(sessionStartInWords(on(11, 10, 19), monday, "en-GB")).toBe("Thu 10 Dec, 19:00");
  });
});
