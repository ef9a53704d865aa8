// Who is alerted about a care item, circle by circle: the moderators on duty for the room; if
// none can be reached, the room's moderators who opted in, outside their quiet hours; if none of
// them, the admins who opted in. An escalation tries the next circle with someone not yet alerted.
// Pure functions, tested as a table (care-alert-policies.test.ts); the facts come from
// lib/server/services/care/care-candidates.ts.
import type { CareCircle } from "@/lib/shared/care-types";

export const careCircles: readonly CareCircle[] = ["on_duty", "room_moderators", "admins"];

export interface QuietHours {
  /** Minutes after midnight on `timeZone`'s clock. */
  from: number;
  until: number;
  timeZone: string;
}

export interface CareCandidate {
  userId: string;
  isAdmin: boolean;
  /** Appointed a moderator of this room, and not removed from it (whether or not they joined it). */
  moderatesRoom: boolean;
  onDuty: boolean;
  /** Care alerts on for this room (all their rooms, or this one) with at least one device that alerts. */
  alertsForRoom: boolean;
  quietHours: QuietHours | null;
}

/** Minutes after midnight now, on that zone's clock. */
export function minutesOfDay(now: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return value("hour") * 60 + value("minute");
}

/** Quiet hours may cross midnight (22:00–07:00); the start counts as quiet, the end does not. */
export function inQuietHours(quiet: QuietHours | null, now: Date): boolean {
  if (!quiet || quiet.from === quiet.until) return false;
  const minutes = minutesOfDay(now, quiet.timeZone);
  return quiet.from < quiet.until
    ? minutes >= quiet.from && minutes < quiet.until
    : minutes >= quiet.from || minutes < quiet.until;
}

/** Whether this person belongs to that circle now. On duty, quiet hours do not apply. */
export function inCareCircle(circle: CareCircle, candidate: CareCandidate, now: Date): boolean {
  if (!candidate.alertsForRoom) return false;
  if (circle === "on_duty") return candidate.onDuty;
  if (inQuietHours(candidate.quietHours, now)) return false;
  if (circle === "room_moderators") return candidate.moderatesRoom;
  return candidate.isAdmin && !candidate.moderatesRoom;
}

export interface CareRound {
  circle: CareCircle;
  /** How many circles are tried once this round is sent (1–3). */
  circlesTried: number;
  userIds: string[];
}

/**
 * The next circle, after the `circlesTried` first ones, with someone in it not alerted yet; null
 * when no circle has anyone left to alert. Each person is alerted about an item once.
 */
export function nextCareRound(
  candidates: readonly CareCandidate[],
  alreadyAlerted: ReadonlySet<string>,
  circlesTried: number,
  now: Date,
): CareRound | null {
  for (let index = circlesTried; index < careCircles.length; index += 1) {
    const circle = careCircles[index]!;
    const userIds = candidates
      .filter((candidate) => !alreadyAlerted.has(candidate.userId) && inCareCircle(circle, candidate, now))
      .map((candidate) => candidate.userId);
    if (userIds.length > 0) return { circle, circlesTried: index + 1, userIds };
  }
  return null;
}
