// Every rate limit in Hearth, in one place. rate-limiter-flexible gives the same API over
// memory and Redis, so one process or many count the same way.
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { redis, redisAnswering } from "@/lib/server/redis";
import { AppError } from "@/lib/shared/errors";

export const rateLimits = {
  signUpPerAddress: { points: 5, durationSeconds: 60 * 60 },
  // Sign-in and recovery count failures (a success gives its try back), per address and per
  // (address, pseudonym); a pseudonym alone is never locked, only slowed down (decision 0016):
  // past `points` failures from anywhere, each attempt waits longer (slowDownFor).
  signInFailuresPerAddress: { points: 30, durationSeconds: 15 * 60 },
  signInFailuresPerAddressAndPseudonym: { points: 10, durationSeconds: 15 * 60 },
  signInFailuresPerPseudonym: { points: 5, durationSeconds: 60 * 60 },
  recoveryFailuresPerAddress: { points: 10, durationSeconds: 60 * 60 },
  recoveryFailuresPerAddressAndPseudonym: { points: 5, durationSeconds: 60 * 60 },
  recoveryFailuresPerPseudonym: { points: 3, durationSeconds: 60 * 60 },
  // Wrong second-step codes (an app's code, or the recovery code at the second step) as wrong
  // passwords: failures per address and per (address, account); the account alone only slows.
  secondStepFailuresPerAddress: { points: 30, durationSeconds: 15 * 60 },
  secondStepFailuresPerAddressAndAccount: { points: 10, durationSeconds: 15 * 60 },
  secondStepFailuresPerAccount: { points: 5, durationSeconds: 60 * 60 },
  passwordChangePerMember: { points: 10, durationSeconds: 60 * 60 },
  signOutEverywherePerMember: { points: 10, durationSeconds: 60 * 60 },
  // Adding, renaming and removing passkeys; and passkey prompts asked for before signing in.
  passkeyChangePerMember: { points: 30, durationSeconds: 60 * 60 },
  passkeyPromptsPerAddress: { points: 60, durationSeconds: 10 * 60 },
  messagePerMember: { points: 10, durationSeconds: 10 },
  messageEditPerMember: { points: 10, durationSeconds: 60 },
  // Everything else others see or that costs work (issue 12): generous for a person, tight for a script.
  reactionPerMember: { points: 30, durationSeconds: 60 },
  reportPerMember: { points: 20, durationSeconds: 60 * 60 },
  blockPerMember: { points: 30, durationSeconds: 60 * 60 },
  roomJoinLeavePerMember: { points: 60, durationSeconds: 10 * 60 },
  historyPerMember: { points: 120, durationSeconds: 60 },
  moderationActionPerMember: { points: 120, durationSeconds: 10 * 60 },
  adminActionPerMember: { points: 60, durationSeconds: 10 * 60 },
  checkInRequestPerMember: { points: 5, durationSeconds: 60 * 60 },
  checkInMessagePerMember: { points: 30, durationSeconds: 60 },
  appealPerMember: { points: 5, durationSeconds: 60 * 60 },
  appealDecisionPerMember: { points: 60, durationSeconds: 60 },
  personalMutePerMember: { points: 30, durationSeconds: 60 },
  sessionFollowPerMember: { points: 30, durationSeconds: 60 },
  // A moderator's page says "writing" at most every few seconds while they type.
  careWritingPerMember: { points: 30, durationSeconds: 60 },
} as const;

export type RateLimitName = keyof typeof rateLimits;

const globalKey = Symbol.for("hearth.rateLimiters");
/** The shared limiter (Redis when configured) and this process's own count for when Redis is away. */
type Limiters = { shared: RateLimiterAbstract; local: RateLimiterMemory };
type GlobalWithLimiters = typeof globalThis & { [globalKey]?: Map<RateLimitName, Limiters> };

function limiters(name: RateLimitName): Limiters {
  const holder = globalThis as GlobalWithLimiters;
  const all = (holder[globalKey] ??= new Map());
  let existing = all.get(name);
  if (!existing) {
    const { points, durationSeconds } = rateLimits[name];
    const options = {
      keyPrefix: `${env().REDIS_KEY_PREFIX}:rl:${name}`,
      points: Math.ceil(points * env().RATE_LIMIT_SCALE),
      duration: durationSeconds,
    };
    // Redis is an optimisation (docs/decisions/0012): while it is away or slow, each process
    // counts in its own memory (the insurance limiter), so limits still hold, per process.
    const local = new RateLimiterMemory(options);
    const client = redis();
    const shared = client
      ? new RateLimiterRedis({
          ...options,
          storeClient: client,
          insuranceLimiter: local,
          rejectIfRedisNotReady: true,
        })
      : local;
    existing = { shared, local };
    all.set(name, existing);
  }
  return existing;
}

/** Counts one attempt; past the allowance throws `rate_limited` with when to try again. */
export async function consumeRateLimit(name: RateLimitName, key: string): Promise<void> {
  const { shared, local } = limiters(name);
  try {
    // Known to be away: go straight to memory rather than wait for a command to time out.
    await (redisAnswering() ? shared : local).consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AppError(
        "rate_limited",
        `Too many tries. Please wait ${describeWait(retryAfterSeconds)} and try again.`,
        {
          retryAfterSeconds,
        },
      );
    }
    throw new AppError(
      "unavailable",
      "Hearth could not check a safety limit just now. Please try again shortly.",
      { retryAfterSeconds: 5 },
    );
  }
}

export async function resetRateLimit(name: RateLimitName, key: string): Promise<void> {
  const { shared, local } = limiters(name);
  await Promise.all([shared, local].map((limiter) => limiter.delete(key).catch(() => {})));
}

/** The limiter to ask now: the shared one while Redis answers, this process's own count otherwise. */
function limiter(name: RateLimitName): RateLimiterAbstract {
  const { shared, local } = limiters(name);
  return redisAnswering() ? shared : local;
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** Gives back one counted try (a sign-in or recovery that succeeded was not a failure). */
export async function refundRateLimit(name: RateLimitName, key: string): Promise<void> {
  await limiter(name)
    .reward(key, 1)
    .catch(() => {});
}

/** The longest a slowed-down attempt waits: long enough to make guessing slow, short enough to bear. */
export const slowDownMaxMs = 10_000;

/**
 * Waits before an attempt on a pseudonym that has failed more than its allowance lately, from
 * any address: 250 ms after the first failure past it, doubling with each, at most 10 s. Never
 * refuses, so the owner's right password still works, a little later.
 */
export async function slowDownFor(name: RateLimitName, key: string): Promise<number> {
  const current = await limiter(name)
    .get(key)
    .catch(() => null);
  const over = (current?.consumedPoints ?? 0) - limiter(name).points;
  if (over <= 0) return 0;
  const waitMs = Math.min(slowDownMaxMs, 250 * 2 ** (over - 1));
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  return waitMs;
}

/** Counts one failure toward a slow-down (never refuses). */
export async function countFailure(name: RateLimitName, key: string): Promise<void> {
  await limiter(name)
    .penalty(key, 1)
    .catch(() => {});
}
