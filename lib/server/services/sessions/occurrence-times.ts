// When a session happens: its first start as the scheduler's clock says it, then (weekly) the
// same hour on that clock every week, across daylight saving. Occurrences are written as rows a
// few weeks ahead and topped up by the session clock (session-clock.ts).
import { TZDate } from "@date-fns/tz";
import { addWeeks } from "date-fns";

/** How far ahead a weekly session's occurrences are written. */
export const WEEKS_AHEAD = 8;
export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** What writing a session's occurrences needs to know about it. */
export const sessionTimingSelect = {
  id: true,
  roomId: true,
  firstStartsAt: true,
  weekly: true,
  timeZone: true,
  durationMinutes: true,
} as const;

/** "2026-12-01T19:00" on the clock of `timeZone`, as an instant. */
export function wallClockToInstant(local: string, timeZone: string): Date {
  const [date, time] = local.split("T") as [string, string];
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hour, minute, 0, timeZone).getTime());
}

/** The starts of a session's occurrences from `from` (inclusive) up to `until` (exclusive). */
export function occurrenceStarts(
  session: { firstStartsAt: Date; weekly: boolean; timeZone: string },
  from: Date,
  until: Date,
): Date[] {
  const first = new TZDate(session.firstStartsAt.getTime(), session.timeZone);
  if (!session.weekly) return first >= from && first < until ? [new Date(first.getTime())] : [];
  const starts: Date[] = [];
  for (let week = 0; week < 1000; week += 1) {
    const start = new Date(addWeeks(first, week).getTime());
    if (start >= until) break;
    if (start >= from) starts.push(start);
  }
  return starts;
}
