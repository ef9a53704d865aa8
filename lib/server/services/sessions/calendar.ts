// A session as an iCalendar file (RFC 5545), so a member can keep it in their own calendar. A
// weekly session repeats on the scheduler's clock (TZID + RRULE), as Hearth runs it.
import { TZDate } from "@date-fns/tz";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/shared/errors";

function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Lines longer than 75 octets are folded, as the format asks. */
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const character of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + character, "utf8") > limit) {
      parts.push(current);
      current = "";
    }
    current += character;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const utcStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

function localStamp(date: Date, timeZone: string): string {
  const local = new TZDate(date.getTime(), timeZone);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${local.getFullYear()}${pad(local.getMonth() + 1)}${pad(local.getDate())}T${pad(local.getHours())}${pad(local.getMinutes())}00`;
}

export async function sessionCalendar(
  sessionId: string,
  origin: string,
): Promise<{ filename: string; body: string }> {
  const session = await db().groupSession.findFirst({
    where: { id: sessionId, cancelledAt: null, room: { archivedAt: null } },
    select: {
      id: true,
      theme: true,
      weekly: true,
      timeZone: true,
      durationMinutes: true,
      createdAt: true,
      room: { select: { slug: true, name: true } },
      occurrences: { orderBy: { startsAt: "asc" }, take: 1, select: { startsAt: true } },
    },
  });
  const first = session?.occurrences[0]?.startsAt;
  if (!session || !first) throw new AppError("not_found", "We couldn't find that session.");
  const roomUrl = `${origin}/rooms/${session.room.slug}`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Hearth//Sessions//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${session.id}@hearth`,
    `DTSTAMP:${utcStamp(session.createdAt)}`,
    `DTSTART;TZID=${session.timeZone}:${localStamp(first, session.timeZone)}`,
    `DURATION:PT${session.durationMinutes}M`,
    ...(session.weekly ? ["RRULE:FREQ=WEEKLY"] : []),
    `SUMMARY:${escapeText(`${session.room.name}: ${session.theme}`)}`,
    `DESCRIPTION:${escapeText(`A Hearth session in ${session.room.name}. Join here: ${roomUrl}`)}`,
    `URL:${roomUrl}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return {
    filename: `hearth-${session.room.slug}-session.ics`,
    body: `${lines.map(fold).join("\r\n")}\r\n`,
  };
}
