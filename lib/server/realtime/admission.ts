// Admission control for the send path (docs/performance.md, "Overload"). A process answers only
// so many sends at once: about as many as it finishes in `maxWaitMs` at the rate it is finishing
// them now (never fewer than `floor`). A send past that is refused at once with `unavailable`
// and a time to retry, before anything is parsed or read, so the refusal costs almost nothing and
// the sends already admitted keep the whole process: under twice the load it can carry, it keeps
// carrying what it can, and no one waits for an answer that comes too late.

export interface Admission {
  /** True when the caller may go on; it must then call `leave()` once, when it has answered. */
  enter(): boolean;
  leave(): void;
  /** Sends admitted and not yet answered. */
  readonly inFlight: number;
  /** How many may be in flight now. */
  readonly limit: number;
}

export interface AdmissionOptions {
  /** An admitted send should be answered within about this long. */
  maxWaitMs: number;
  /** Sends always admitted (before the rate is known, and on a slow machine). */
  floor: number;
  /** A fixed limit instead of the measured one (tests, and a deployment that knows its rate). */
  fixedLimit?: number;
  now?: () => number;
}

/** How often the finishing rate is measured, and how much a new measure weighs. */
const windowMs = 250;
const weight = 0.3;

export function createAdmission(options: AdmissionOptions): Admission {
  const now = options.now ?? (() => performance.now());
  let inFlight = 0;
  let finishedInWindow = 0;
  let windowStart = now();
  let perSecond = 0;

  const limit = () =>
    options.fixedLimit ?? Math.max(options.floor, Math.floor((perSecond * options.maxWaitMs) / 1000));

  return {
    enter() {
      if (inFlight >= limit()) return false;
      inFlight++;
      return true;
    },
    leave() {
      inFlight--;
      finishedInWindow++;
      const at = now();
      if (at - windowStart < windowMs) return;
      const measured = (finishedInWindow * 1000) / (at - windowStart);
      perSecond = perSecond === 0 ? measured : perSecond + weight * (measured - perSecond);
      finishedInWindow = 0;
      windowStart = at;
    },
    get inFlight() {
      return inFlight;
    },
    get limit() {
      return limit();
    },
  };
}
