// What the care pages render (docs/decisions/0025). The services return exactly these types.

export type CareItemKind = "crisis" | "check_in_request" | "pile_on";
export type CareCircle = "on_duty" | "room_moderators" | "admins";

/**
 * Where a member's request for care stands, as the member is told it, most advanced first:
 * a moderator wrote, is writing, has seen it; one is on duty; the moderators were alerted, are
 * being alerted, or none could be; or there is nothing to tell.
 */
export type CareState =
  "wrote" | "writing" | "seen" | "on_duty" | "alerted" | "alerting" | "not_reached" | "none";

export interface CareStatus {
  state: CareState;
  /** The member's open check-in in that room, when there is one (a link for "wrote"). */
  checkInId: string | null;
}

/** For moderators, on the item: who was alerted and when, and who opened it first. */
export interface CareTrail {
  itemId: string;
  kind: CareItemKind;
  raisedAt: string;
  alerts: { pseudonym: string; circle: CareCircle; at: string }[];
  firstOpened: { pseudonym: string; at: string } | null;
  /** Every circle was tried and nobody could be alerted (no device, quiet hours, nobody opted in). */
  nobodyReachable: boolean;
}

/** A moderator's care alert settings, for the settings page. */
export interface CareAlertSettingsView {
  /** At least one device alerts. */
  on: boolean;
  devices: number;
  allRooms: boolean;
  roomIds: string[];
  quietHours: { from: string; until: string } | null;
  timeZone: string | null;
  /** The rooms this person moderates (admins: every room). */
  rooms: { id: string; name: string }[];
}

/** Seconds, at the median and the 90th percentile; null when nothing was measured. */
export interface CareTimes {
  median: number;
  p90: number;
}

export interface CareFigureRow {
  /** Null for the overall row. */
  room: { id: string; name: string } | null;
  crisisMessages: number;
  toFirstLook: CareTimes | null;
  toFirstCheckInMessage: CareTimes | null;
  /** Items of every kind first opened more than 15 minutes after they were raised, or not yet. */
  waitedOver15Minutes: number;
  items: number;
  alerts: { sent: number; accepted: number; failed: number };
}

export interface CareFigures {
  windows: { days: 7 | 30; overall: CareFigureRow; rooms: CareFigureRow[] }[];
}
