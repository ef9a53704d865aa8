import { isErrorBody, type ErrorBody } from "@/lib/shared/errors";

export type JsonResult<Data> = { ok: true; data: Data } | { ok: false; error: ErrorBody };

const unreachable: ErrorBody = {
  code: "unavailable",
  message:
    "We couldn't reach Hearth. Please check your connection and try again. Nothing you typed was lost.",
};

/** POSTs JSON and returns the data or the stable error body; never throws. */
export async function postJson<Data>(url: string, body: unknown): Promise<JsonResult<Data>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: unreachable };
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, data: payload as Data };
  const error = (payload as { error?: unknown } | undefined)?.error;
  return {
    ok: false,
    error: isErrorBody(error)
      ? error
      : { code: "internal", message: "Something went wrong on our side. Please try again." },
  };
}
