// Next.js Proxy (Next 16's name for middleware): a fresh nonce and the Content-Security-Policy
// for every page, a strict one for the API, HSTS when Hearth is served over https. Next.js reads
// the nonce from the request's CSP header and puts it on its own scripts; pages are rendered per
// request, so each one gets its own. The rules live in lib/server/http/security-headers.ts.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { runtimeSecurityHeaders } from "@/lib/server/http/security-headers";

export function proxy(request: NextRequest): NextResponse {
  const config = env();
  const origin = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
  const kind = request.nextUrl.pathname.startsWith("/api/") ? "api" : "page";
  const nonce =
    kind === "page" ? Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64") : undefined;
  const headers = runtimeSecurityHeaders({
    origin,
    nonce,
    kind,
    development: config.NODE_ENV === "development",
  });

  const requestHeaders = new Headers(request.headers);
  if (nonce) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", headers["content-security-policy"] as string);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files (they carry next.config.js's headers).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
