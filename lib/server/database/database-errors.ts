// Telling "the database is away or hung" apart from every other failure. Such errors become
// `unavailable` with a time to retry (and mark the outage, logged once), not `internal` with a
// stack per request. The driver's errors reach us in several wrappings (pg, the Prisma adapter,
// the Prisma client), so the whole chain of causes is read.
import { logger } from "@/lib/server/logger";
import { metrics } from "@/lib/server/metrics/metrics";
import { reportDown } from "@/lib/server/outages";
import { isTransientConflict, transientConflictError } from "@/lib/server/database/transient-conflict";
import { AppError } from "@/lib/shared/errors";

/** PostgreSQL error codes that say the server is going away, starting, or overloaded. */
const outageCodes = new Set([
  "57P01",
  "57P02",
  "57P03",
  "57014",
  "53300",
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "P2028",
]);
const outageWords =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|timeout exceeded when trying to connect|Query read timeout|Can't reach database|DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections|the database system is (shutting down|starting up|in recovery)|terminating connection|canceling statement due to statement timeout|Unable to start a transaction in the given time|Transaction already closed|Connection is closed|server (has )?closed the connection|Client has encountered a connection error/i;

/** Seconds a client should wait before trying again while the database is away. */
export const databaseRetryAfterSeconds = 5;

export function isDatabaseOutage(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current: unknown = error; current && !seen.has(current) && seen.size < 8;) {
    seen.add(current);
    if (typeof current !== "object") return outageWords.test(String(current));
    const fields = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      kind?: unknown;
      originalCode?: unknown;
    };
    for (const code of [fields.code, fields.originalCode])
      if (typeof code === "string" && (outageCodes.has(code) || code.startsWith("08"))) return true;
    if (typeof fields.kind === "string" && outageWords.test(fields.kind)) return true;
    if (typeof fields.message === "string" && outageWords.test(fields.message)) return true;
    current = fields.cause;
  }
  return false;
}

const statementTimeoutWords = /canceling statement due to statement timeout|Query read timeout/i;

/** PostgreSQL cancelled a statement past statement_timeout, or the client gave up waiting (query_timeout). */
export function isStatementTimeout(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current: unknown = error; current && !seen.has(current) && seen.size < 8;) {
    seen.add(current);
    if (typeof current !== "object") return statementTimeoutWords.test(String(current));
    const fields = current as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown };
    if (fields.code === "57014" || fields.originalCode === "57014") return true;
    if (typeof fields.message === "string" && statementTimeoutWords.test(fields.message)) return true;
    current = fields.cause;
  }
  return false;
}

/** The error to answer with when the database is away or too slow: nothing is claimed about what was saved. */
export function databaseUnavailable(): AppError {
  return new AppError(
    "unavailable",
    "Hearth cannot reach its database just now. Please try again in a few seconds.",
    {
      retryAfterSeconds: databaseRetryAfterSeconds,
    },
  );
}

/**
 * What a failure means for the person asking: an AppError as it is; a database outage as
 * `unavailable` (and the outage noted); anything else undefined (an `internal` to log in full).
 */
export function knownFailure(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (isDatabaseOutage(error)) {
    if (isStatementTimeout(error)) metrics().statementTimeouts.inc();
    reportDown("database", error);
    return databaseUnavailable();
  }
  if (isTransientConflict(error)) {
    logger().warn({ err: error }, "transaction conflict");
    return transientConflictError();
  }
  return undefined;
}

/** For a bounded queue in front of the database: refused calls were never sent to it. */
export function queueRefusal(reason: "full" | "stale"): AppError {
  return new AppError(
    "unavailable",
    reason === "full"
      ? "Hearth is very busy just now. Please try again in a moment."
      : "Hearth's database is answering slowly just now. Please try again in a few seconds.",
    { retryAfterSeconds: reason === "full" ? 2 : databaseRetryAfterSeconds },
  );
}

/** The bounds every queue in front of the database shares (lib/server/database/batched.ts). */
export const databaseQueueBounds = { maxQueue: 5_000, maxWaitMs: 3_000, refuse: queueRefusal } as const;
