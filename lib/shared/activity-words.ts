// A room's activity in words, never in counts: nothing that reads as empty, nothing that ranks
// one room's people above another's. Pure, so the directory can say it the same way on the
// server and in the browser.

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export function sinceInWords(ms: number): string {
  if (ms < 2 * minute) return "just now";
  if (ms < hour) return `${Math.round(ms / minute)} minutes ago`;
  if (ms < 2 * hour) return "an hour ago";
  if (ms < day) return `${Math.round(ms / hour)} hours ago`;
  if (ms < 2 * day) return "yesterday";
  if (ms < 14 * day) return `${Math.round(ms / day)} days ago`;
  return "a while ago";
}

/** "Active now", "Quiet right now · last active 3 hours ago", or "Quiet so far" where nobody has written. */
export function activityInWords(lastActiveAt: string | null, now: number): string {
  if (!lastActiveAt) return "Quiet so far";
  const since = now - new Date(lastActiveAt).getTime();
  if (since < 15 * minute) return "Active now";
  return `Quiet right now · last active ${sinceInWords(since)}`;
}

/** A local hour of the day as a part of the day: "in the mornings", "in the evenings", … */
export function partOfDay(localHour: number): string {
  if (localHour >= 5 && localHour < 12) return "in the mornings";
  if (localHour >= 12 && localHour < 17) return "in the afternoons";
  if (localHour >= 17 && localHour < 22) return "in the evenings";
  return "at night";
}

/** The usual hour (UTC) in the viewer's own time: "usually active in the evenings". */
export function usualInWords(usualHourUtc: number | null, timezoneOffsetMinutes: number): string | null {
  if (usualHourUtc === null) return null;
  const local = ((((usualHourUtc * 60 - timezoneOffsetMinutes) / 60) % 24) + 24) % 24;
  return `Usually active ${partOfDay(Math.floor(local))}`;
}
