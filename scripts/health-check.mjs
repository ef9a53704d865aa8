// The container's HEALTHCHECK (see Dockerfile): exits 0 while Hearth's /api/health answers 200
// (503 means no database), 1 otherwise. Plain JavaScript on Node's own fetch: the runtime image
// has neither tsx nor curl.
const port = process.env.PORT ?? "3000";
const listening = process.env.HOST ?? "0.0.0.0";
// Bound to every address, Hearth is reached on loopback; bound to one, on that one.
const host = ["0.0.0.0", "::", ""].includes(listening) ? "127.0.0.1" : listening;
const response = await fetch(`http://${host.includes(":") ? `[${host}]` : host}:${port}/api/health`, {
  signal: AbortSignal.timeout(4_000),
}).catch(() => undefined);
process.exit(response?.ok ? 0 : 1);
