// Times as people say them, in the reader's own time zone: "21:30", "Yesterday, 14:02",
// "3 Dec, 09:15". Runs in the browser, so the zone is theirs.

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

export function clockTime(date: Date, locale?: string): string {
  return date.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" });
}

/** When something happened or will happen, relative to today. */
export function whenInWords(iso: string, now = new Date(), locale?: string): string {
  const date = new Date(iso);
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  const tomorrow = new Date(now);
  tomorrow.setDate(now.getDate() + 1);
  if (sameDay(date, now)) return `today, ${clockTime(date, locale)}`;
  if (sameDay(date, yesterday)) return `yesterday, ${clockTime(date, locale)}`;
  if (sameDay(date, tomorrow)) return `tomorrow, ${clockTime(date, locale)}`;
  const day = date.toLocaleDateString(locale, {
    day: "numeric",
    month: "short",
    ...(date.getFullYear() !== now.getFullYear() && { year: "numeric" }),
  });
  return `${day}, ${clockTime(date, locale)}`;
}

/** The end of a pause: "until 21:30", "until tomorrow, 09:00", or that it has ended. */
export function untilInWords(iso: string, now = new Date(), locale?: string): string {
  const date = new Date(iso);
  if (date <= now) return "This has ended.";
  const when = whenInWords(iso, now, locale);
  return `Until ${when.startsWith("today, ") ? when.slice("today, ".length) : when}.`;
}

/**
 * When a session starts, as a person would say it on their own clock: "Tonight, 19:00",
 * "Today, 14:00", "Tomorrow, 19:00", "Thursday, 19:00" (within the week), else "Thu 10 Dec, 19:00".
 */
export function sessionStartInWords(iso: string, now = new Date(), locale?: string): string {
  const date = new Date(iso);
  const time = clockTime(date, locale);
  const startOfDay = (day: Date) => new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
  const days = Math.round((startOfDay(date) - startOfDay(now)) / (24 * 60 * 60 * 1000));
  if (days === 0) return `${date.getHours() >= 17 ? "Tonight" : "Today"}, ${time}`;
  if (days === 1) return `Tomorrow, ${time}`;
  if (days > 1 && days < 7) return `${date.toLocaleDateString(locale, { weekday: "long" })}, ${time}`;
  const day = date.toLocaleDateString(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(date.getFullYear() !== now.getFullYear() && { year: "numeric" }),
  });
  return `${day}, ${time}`;
}
