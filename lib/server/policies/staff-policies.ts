// Staff powers wait for a second factor (decision 0028): a moderator's or an admin's powers
// work only in a session that passed a second step (or set one up), unless the install turned
// REQUIRE_STAFF_SECOND_FACTOR off. canModerateRoom and canAdminister ask this, so every door
// (pages, HTTP, sockets) that asks them waits too.
import type { Decision } from "@/lib/server/policies/room-policies";

/** `ready`: this session may use the person's staff powers; `waiting`: not until a second step. */
export type StaffPowers = "ready" | "waiting";

export function staffPowersFor(
  session: { secondFactorAt: Date | null },
  requireSecondFactor: boolean,
): StaffPowers {
  return !requireSecondFactor || session.secondFactorAt ? "ready" : "waiting";
}

export const secondFactorMessage =
  "Moderating and running Hearth need a second step at sign-in, to keep members' words safe if a password leaks. " +
  "Add a passkey or set up an authenticator app in Settings (it takes a minute), then you can carry on.";

export const secondFactorRequired: Decision = {
  allowed: false,
  code: "second_factor_required",
  message: secondFactorMessage,
};

/** A staff decision that was allowed waits while the session has no second step. */
export function gateStaffDecision(decision: Decision, actor: { staffPowers: StaffPowers }): Decision {
  return decision.allowed && actor.staffPowers === "waiting" ? secondFactorRequired : decision;
}
