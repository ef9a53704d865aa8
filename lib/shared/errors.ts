// Hearth's one error type. Codes are stable (clients and tests match on them); messages are
// meant for people. The same codes travel over HTTP and sockets.

export const errorCodes = [
  "invalid_input",
  "unauthenticated",
  "forbidden",
  "cross_site",
  "not_found",
  "room_full",
  "guidelines_required",
  "muted",
  "removed",
  "rate_limited",
  "room_locked",
  "slow_mode",
  "session_waiting",
  "room_paused",
  "floor_given",
  "pseudonym_taken",
  "passkey_not_accepted",
  "passkey_expired",
  "conflict",
  "second_step_required",
  "second_factor_required",
  "last_second_factor",
  "payload_too_large",
  "unsupported_media_type",
  "unavailable",
  "internal",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Field name → what is wrong with it, in words. */
export type FieldErrors = Record<string, string>;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
  retryAfterSeconds?: number;
  /** Which request this was: the same id is in the server's log line, so a person can quote it. */
  requestId?: string;
  /**
   * With `second_step_required` only: the pending sign-in's token, which the second step
   * (`POST /api/sign-in/second-step`) and then the session (next-auth) take.
   */
  pendingSignIn?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  readonly retryAfterSeconds?: number;
  readonly pendingSignIn?: string;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: FieldErrors; retryAfterSeconds?: number; pendingSignIn?: string } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = extra.fields;
    this.retryAfterSeconds = extra.retryAfterSeconds;
    this.pendingSignIn = extra.pendingSignIn;
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields && { fields: this.fields }),
      ...(this.retryAfterSeconds !== undefined && { retryAfterSeconds: this.retryAfterSeconds }),
      ...(this.pendingSignIn !== undefined && { pendingSignIn: this.pendingSignIn }),
    };
  }
}

/**
 * The reference a person can quote when something went wrong on our side (the request's id, which
 * the server's log line carries); none for answers that say what to do.
 */
export function referenceFor(error: ErrorBody | undefined): string | undefined {
  return error?.code === "internal" ? error.requestId : undefined;
}

export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ErrorBody).code === "string" &&
    (errorCodes as readonly string[]).includes((value as ErrorBody).code) &&
    typeof (value as ErrorBody).message === "string"
  );
}
