// The security headers every answer carries, worked out per request by proxy.ts (the
// per-request nonce, and HSTS only when Hearth is served over https). next.config.js adds the
// static ones (nosniff, Referrer-Policy, X-Frame-Options, Permissions-Policy, COOP) to
// everything, static files included.

export interface SecurityHeaderOptions {
  /** Hearth's public origin (NEXTAUTH_URL's). */
  origin: string;
  /** A fresh random value for this response; pages only. */
  nonce?: string;
  /** `page` for HTML, `api` for JSON. */
  kind: "page" | "api";
  development?: boolean;
}

/** Content-Security-Policy: scripts only with this response's nonce (and what they load). */
export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  if (options.kind === "api") {
    return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  }
  const url = new URL(options.origin);
  const https = url.protocol === "https:";
  const socket = `${https ? "wss" : "ws"}://${url.host}`;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${options.nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self' ${socket}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The headers that depend on the request or on where Hearth runs. */
export function runtimeSecurityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const https = new URL(options.origin).protocol === "https:";
  return {
    "content-security-policy": contentSecurityPolicy(options),
    // Two years, as the HSTS preload list asks; only over https (on http it would mean nothing).
    ...(https && { "strict-transport-security": "max-age=63072000; includeSubDomains" }),
  };
}
