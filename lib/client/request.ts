// The browser's one way to call Hearth's HTTP API. It never throws: every outcome, including
// a dropped connection or a page that is not ours (a proxy's or a captive portal's HTML),
// becomes a value the caller can show to a person.
import { isErrorBody, type ErrorBody } from "@/lib/shared/errors";

export type RequestResult<Data> = { ok: true; data: Data } | { ok: false; error: ErrorBody };

export type RequestMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export const unreachable: ErrorBody = {
  code: "unavailable",
  message:
    "We couldn't reach Hearth. Please check your connection and try again. Nothing you typed was lost.",
};

export const unexpectedAnswer: ErrorBody = {
  code: "internal",
  message: "Something went wrong on our side. Please try again.",
};

const noBody = Symbol("no body");
const notJson = Symbol("not JSON");

/**
 * Sends `body` as JSON (when given) and resolves with the answer's JSON as `data`, or with the
 * server's error body. A 2xx answer without a body (204) gives `data: undefined`.
 */
export async function request<Data = unknown>(
  method: RequestMethod,
  url: string,
  body?: unknown,
): Promise<RequestResult<Data>> {
  let payload: string | undefined;
  try {
    payload = body === undefined ? undefined : JSON.stringify(body);
  } catch {
    // A body that cannot be written as JSON is our mistake, not the network's.
    return { ok: false, error: unexpectedAnswer };
  }

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      cache: "no-store",
      headers: {
        accept: "application/json",
        ...(payload !== undefined && { "content-type": "application/json" }),
      },
      body: payload,
    });
  } catch {
    return { ok: false, error: unreachable };
  }
  // Hearth did answer even when the answer is then cut off, and a POST may have been saved:
  // "we couldn't reach Hearth, nothing was lost" would be untrue, so that is `internal` too.
  const parsed = parseJson(await response.text().catch(() => undefined));
  if (response.ok) {
    if (parsed === noBody) return { ok: true, data: undefined as Data };
    if (parsed === notJson) return { ok: false, error: unexpectedAnswer };
    return { ok: true, data: parsed as Data };
  }
  const error =
    typeof parsed === "object" && parsed !== null ? (parsed as { error?: unknown }).error : undefined;
  return { ok: false, error: isErrorBody(error) ? error : unexpectedAnswer };
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return notJson;
  if (text.trim() === "") return noBody;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return notJson;
  }
}
