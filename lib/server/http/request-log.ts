// One JSON line per failed HTTP request, for an operator: its request id, method, path (never the
// query), status, stable error code and duration. Never a body, a header's value, a password,
// a token or a cookie. Every answer carries the id in `X-Request-Id`, and an error body carries it
// as `requestId` (json-route.ts), so a person can quote "something went wrong" and the line is found.
//
// The HTTP server (start-server.ts) starts the record before Next.js sees the request; the API's
// error helper notes the stable code under the request's id. The records are kept on globalThis:
// the Next.js bundle loads its own copy of this module.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { logger } from "@/lib/server/logger";

export const requestIdHeader = "x-request-id";

/** An id a proxy in front may have given: kept when it is plain enough to quote and to log. */
const saneRequestId = /^[A-Za-z0-9._:-]{8,100}$/;
/** Paths are cut here in the log (a path is never a reason to write a long line). */
const maxPathLength = 200;

interface RequestRecord {
  code?: string;
}

const globalKey = Symbol.for("hearth.requestRecords");
type GlobalWithRecords = typeof globalThis & { [globalKey]?: Map<string, RequestRecord> };

function records(): Map<string, RequestRecord> {
  const holder = globalThis as GlobalWithRecords;
  holder[globalKey] ??= new Map();
  return holder[globalKey];
}

/** A fresh id, or the one given when it is sane and not in use by another request here. */
export function requestIdFor(given: string | string[] | undefined): string {
  const candidate = typeof given === "string" ? given.trim() : undefined;
  if (candidate && saneRequestId.test(candidate) && !records().has(candidate)) return candidate;
  return randomUUID();
}

/**
 * Gives the request its id (in its headers, for the routes, and on the answer), and writes the
 * log line when a failed answer has gone out.
 */
export function trackRequest(request: IncomingMessage, response: ServerResponse): void {
  const startedAt = performance.now();
  const requestId = requestIdFor(request.headers[requestIdHeader]);
  request.headers[requestIdHeader] = requestId;
  response.setHeader("X-Request-Id", requestId);
  const record: RequestRecord = {};
  records().set(requestId, record);
  response.once("close", () => {
    records().delete(requestId);
    // A connection dropped before the answer went out has no status to report.
    if (!response.writableFinished) return;
    const path = pathOf(request.url);
    const status = response.statusCode;
    if (status < 400 || (status < 500 && !path.startsWith("/api/"))) return;
    const line = {
      requestId,
      method: request.method,
      path,
      status,
      code: record.code ?? codeForStatus(status),
      durationMs: Math.round(performance.now() - startedAt),
    };
    // 503 is "not now" (the database away, Hearth busy or stopping): the outage itself is logged
    // once at warn by lib/server/outages.ts; a 5xx beside it is a fault to look at.
    if (status === 503) logger().warn(line, "request answered unavailable");
    else if (status >= 500) logger().error(line, "request failed");
    else logger().info(line, "request refused");
  });
}

/** The API says which stable code it answered with (json-route.ts, the sign-in form). */
export function noteFailureCode(requestId: string | null | undefined, code: string): void {
  const record = requestId ? records().get(requestId) : undefined;
  if (record) record.code = code;
}

function pathOf(url: string | undefined): string {
  const whole = url ?? "";
  const end = whole.search(/[?#]/);
  return (end === -1 ? whole : whole.slice(0, end)).slice(0, maxPathLength);
}

/** For answers Hearth's error helper did not write (a page Next.js did not find, a crash). */
function codeForStatus(status: number): string {
  if (status === 404) return "not_found";
  if (status === 405) return "method_not_allowed";
  if (status >= 500) return "internal";
  return `http_${status}`;
}
