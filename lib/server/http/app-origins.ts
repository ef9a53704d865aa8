// The origins Hearth's own pages are served from: NEXTAUTH_URL's, and any in ALLOWED_ORIGINS.
// Sockets and state-changing HTTP requests are accepted only from these.
import { env } from "@/lib/env";

export function appOrigins(): ReadonlySet<string> {
  const config = env();
  const publicUrl = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
  return new Set([
    new URL(publicUrl).origin,
    ...config.ALLOWED_ORIGINS.map((origin) => new URL(origin).origin),
  ]);
}
