import type { ErrorCode } from "@/lib/shared/errors";

export const httpStatusForCode: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  cross_site: 403,
  guidelines_required: 403,
  muted: 403,
  removed: 403,
  not_found: 404,
  room_full: 409,
  pseudonym_taken: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  room_locked: 423,
  rate_limited: 429,
  slow_mode: 429,
  internal: 500,
  unavailable: 503,
};
