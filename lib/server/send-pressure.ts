// Whether this process has lately turned sends away at the door (admission control,
// lib/server/realtime/admission.ts). While it does, the send path hands a batch's answers back a
// slice per turn of the event loop, so the door keeps being read and each refusal stays quick;
// otherwise a whole batch is answered in one turn, which costs a quarter less per message at
// saturation (decision 0034).

/** How long after the last refusal the process still counts as turning sends away. */
export const turnedAwayWindowMs = 1_000;

let lastTurnedAwayAt = Number.NEGATIVE_INFINITY;

export function noteSendTurnedAway(now = performance.now()): void {
  lastTurnedAwayAt = now;
}

export function turningSendsAway(now = performance.now()): boolean {
  return now - lastTurnedAwayAt < turnedAwayWindowMs;
}
