// Cross-site writes refused: a page on another site (or another port, or a sibling subdomain,
// which SameSite=Lax cookies do not tell apart) can make a browser send a form or a
// `text/plain` fetch with the member's cookie. Every state-changing request must therefore
// come from Hearth's own origin, and a JSON body must say it is JSON (which a cross-site form
// or a "simple" fetch cannot without a CORS preflight, which Hearth never grants).
import { appOrigins } from "@/lib/server/http/app-origins";
import { AppError } from "@/lib/shared/errors";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origin a request says it comes from: `Origin`, else `Referer`'s origin, else null. */
export function requestOrigin(headers: Headers): string | null {
  const origin = headers.get("origin");
  if (origin !== null) return origin;
  const referer = headers.get("referer");
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return "invalid";
  }
}

/**
 * Throws `cross_site` (403) unless a state-changing request comes from Hearth's own origin,
 * and `unsupported_media_type` (415) when a route that reads JSON gets anything else.
 * Safe methods (GET, HEAD, OPTIONS) pass: they change nothing.
 */
export function refuseCrossSite(request: Request, options: { json: boolean }): void {
  if (safeMethods.has(request.method.toUpperCase())) return;
  const origin = requestOrigin(request.headers);
  if (origin === null || !appOrigins().has(origin)) {
    throw new AppError(
      "cross_site",
      "Hearth accepts changes only from its own pages. Please go to Hearth and try again there.",
    );
  }
  if (options.json && !isJson(request.headers.get("content-type"))) {
    throw new AppError(
      "unsupported_media_type",
      "Send the request as JSON (Content-Type: application/json).",
    );
  }
}

function isJson(contentType: string | null): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  return mediaType === "application/json";
}
