// Scheduled sessions as the browser sees them (docs/protocol.md, "Sessions"). A room carries its
// current or next occurrence; where it stands is worked out from the clock and these facts, so a
// page left open moves from "upcoming" to "waiting" at the start time without being told.

export type SessionPhase = "check_in" | "sharing" | "check_out";

export interface WireSessionPerson {
  id: string;
  pseudonym: string;
}

export interface WireRoomSession {
  sessionId: string;
  occurrenceId: string;
  theme: string;
  startsAt: string;
  endsAt: string;
  weekly: boolean;
  facilitators: WireSessionPerson[];
  /** When a facilitator began it; until then, at the start time, the room waits. */
  openedAt: string | null;
  phase: SessionPhase;
  paused: boolean;
  /** The one person who may write besides the facilitators, while they have the floor. */
  floor: WireSessionPerson | null;
  /** Ended early by a facilitator. */
  closedAt: string | null;
}

/**
 * upcoming: before the start. waiting: the start time has come and no facilitator has begun, so
 * the room is read-only. running: begun. ended: past its end, or closed early.
 */
export type SessionStage = "upcoming" | "waiting" | "running" | "ended";

export function sessionStage(session: WireRoomSession, now: Date): SessionStage {
  if (session.closedAt || now >= new Date(session.endsAt)) return "ended";
  if (session.openedAt) return "running";
  return now >= new Date(session.startsAt) ? "waiting" : "upcoming";
}

/** What keeps this person from writing in the room because of its session, if anything. */
export function sessionHoldFor(
  session: WireRoomSession | null | undefined,
  person: { id: string; isModerator: boolean },
  now: Date,
): "waiting" | "paused" | "floor" | null {
  if (!session || session.facilitators.some((facilitator) => facilitator.id === person.id)) return null;
  const stage = sessionStage(session, now);
  if (stage === "waiting") return person.isModerator ? null : "waiting";
  if (stage !== "running") return null;
  if (session.paused) return "paused";
  if (session.floor && session.floor.id !== person.id) return "floor";
  return null;
}

/** A room's next session in the directory. */
export interface WireNextSession {
  sessionId: string;
  theme: string;
  startsAt: string;
  endsAt: string;
  weekly: boolean;
}

/** How long before a followed session the reminder comes. */
export const REMINDER_LEAD_MINUTES = 15;

export const CHECK_IN_PROMPT = "How are you arriving today?";
export const CHECK_OUT_PROMPT = "What will you take with you from today?";
/** What "Pass" sends: passing is said out loud in a circle, so others know. */
export const PASS_WORDS = "I'll pass for now.";
