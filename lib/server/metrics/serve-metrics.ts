// GET /metrics, answered by the HTTP server before Next.js. Off unless METRICS_TOKEN is set (then
// the path is like any unknown one: Next.js answers 404); with it, only a request carrying
// `Authorization: Bearer <METRICS_TOKEN>` gets the figures, and the token is compared in constant
// time (both sides hashed first, so neither their lengths nor their contents leak through timing).
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";
import { metrics } from "@/lib/server/metrics/metrics";

export const metricsPath = "/metrics";

/** True when it answered the request (the path is /metrics and metrics are on). */
export function serveMetrics(request: IncomingMessage, response: ServerResponse): boolean {
  const token = env().METRICS_TOKEN;
  if (!token || pathOf(request.url) !== metricsPath) return false;
  response.setHeader("cache-control", "no-store");
  response.setHeader("x-content-type-options", "nosniff");
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
    response.end("Only GET reads the metrics.\n");
    return true;
  }
  if (!bearerMatches(request.headers.authorization, token)) {
    response.writeHead(401, {
      "www-authenticate": 'Bearer realm="metrics"',
      "content-type": "text/plain; charset=utf-8",
    });
    response.end("The metrics need the bearer token set in METRICS_TOKEN.\n");
    return true;
  }
  const { registry } = metrics();
  registry.metrics().then(
    (text) => {
      response.writeHead(200, { "content-type": registry.contentType });
      response.end(request.method === "HEAD" ? undefined : text);
    },
    (error: unknown) => {
      logger().error({ err: error }, "metrics could not be collected");
      response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end("The metrics could not be collected.\n");
    },
  );
  return true;
}

function pathOf(url: string | undefined): string {
  const end = url?.search(/[?#]/) ?? -1;
  return end === -1 ? (url ?? "") : (url ?? "").slice(0, end);
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? "");
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(match?.[1] ?? ""), digest(token)) && match !== null;
}
