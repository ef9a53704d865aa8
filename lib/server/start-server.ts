// Starts Hearth: resolves configuration, the database (embedded when DATABASE_URL is unset),
// migrations and first-start data, then one HTTP server for Next.js and Socket.IO.
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { env, resetEnvCache } from "@/lib/env";
import { seedDatabase, type DemoAdmin } from "@/prisma/seed";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/server/database/embedded-postgres";
import { migrateDatabase } from "@/lib/server/database/migrate";
import { db, disconnectDb } from "@/lib/server/db";
import { appOrigins } from "@/lib/server/http/app-origins";
import { clientAddressHeader, resolveClientAddress } from "@/lib/server/http/client-address";
import { hasMalformedPath, refuseMalformedPath } from "@/lib/server/http/malformed-path";
import { trackRequest } from "@/lib/server/http/request-log";
import { staticBrotli } from "@/lib/server/http/static-brotli";
import { readOrCreateLocalSecret, readOrCreateVapidKeys } from "@/lib/server/local-secret";
import { logger } from "@/lib/server/logger";
import { registerCareFigures } from "@/lib/server/metrics/care-figures";
import { registerDependencyFigures } from "@/lib/server/metrics/dependency-figures";
import { serveMetrics } from "@/lib/server/metrics/serve-metrics";
import { drain } from "@/lib/server/realtime/drain";
import { createSocketServer } from "@/lib/server/realtime/socket-server";
import { warmCrisisScreen } from "@/lib/server/safety/crisis/detect-crisis";
import { disconnectRedis } from "@/lib/server/redis";
import { generatePushKeys } from "@/lib/server/push/web-push";
import { startCareWorker } from "@/lib/server/services/care/care-worker";
import { startSessionClock } from "@/lib/server/services/sessions/session-clock";

/** How long shutdown waits for socket requests in flight (each is answered within 4.5 s anyway). */
const drainTimeoutMs = 5_000;

export interface RunningHearth {
  url: string;
  demoAdmin?: DemoAdmin;
  close(): Promise<void>;
}

export async function startHearth(): Promise<RunningHearth> {
  const projectDirectory = process.cwd();
  const config = env();
  const dataDirectory = path.resolve(projectDirectory, config.DATA_DIR);
  const log = logger();

  // Values resolved here are written back to process.env: the Next.js bundle (and next-auth,
  // which reads NEXTAUTH_URL and NEXTAUTH_SECRET itself) parse the same environment.
  let embedded: EmbeddedDatabase | undefined;
  if (!config.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dataDirectory: path.join(dataDirectory, "postgres"),
      port: config.EMBEDDED_POSTGRES_PORT,
      log: (message) => log.info(message),
    });
    process.env.DATABASE_URL = embedded.url;
  }
  if (!config.NEXTAUTH_SECRET) process.env.NEXTAUTH_SECRET = await readOrCreateLocalSecret(dataDirectory);
  const publicUrl = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
  process.env.NEXTAUTH_URL = publicUrl;
  if (!config.VAPID_PUBLIC_KEY || !config.VAPID_PRIVATE_KEY) {
    const keys = await readOrCreateVapidKeys(dataDirectory, generatePushKeys);
    process.env.VAPID_PUBLIC_KEY = keys.publicKey;
    process.env.VAPID_PRIVATE_KEY = keys.privateKey;
  }
  resetEnvCache();

  const databaseUrl = env().DATABASE_URL as string;
  const migrations = await migrateDatabase(
    databaseUrl,
    path.join(projectDirectory, "prisma", "migrations"),
    (m) => log.info(m),
  );
  log.info(
    { applied: migrations.applied.length, alreadyApplied: migrations.alreadyApplied.length },
    "database migrated",
  );
  const createDemoAdmin =
    config.SEED_DEMO_DATA === "always" || (config.SEED_DEMO_DATA === "auto" && Boolean(embedded));
  const { demoAdmin } =
    config.SEED_DEMO_DATA === "never" ? {} : await seedDatabase(db(), { createDemoAdmin });

  const dev = config.NODE_ENV !== "production";
  const app = next({ dev, dir: projectDirectory, hostname: config.HOST, port: config.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const serveBrotli = dev ? () => false : staticBrotli(projectDirectory);

  registerDependencyFigures();
  registerCareFigures();
  const httpServer = createServer((request, response) => {
    trackRequest(request, response);
    if (hasMalformedPath(request.url)) return refuseMalformedPath(response);
    if (serveMetrics(request, response)) return;
    request.headers[clientAddressHeader] = resolveClientAddress(
      request.socket.remoteAddress,
      request.headers["x-forwarded-for"],
      config.TRUST_PROXY,
    );
    if (serveBrotli(request, response)) return;
    void handle(request, response);
  });
  const sockets = createSocketServer(httpServer, { allowedOrigins: appOrigins() });
  warmCrisisScreen();

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  log.info(
    { url: publicUrl, embeddedDatabase: Boolean(embedded), redis: Boolean(config.REDIS_URL) },
    "Hearth is listening",
  );
  const stopSessionClock = startSessionClock(env().SESSION_CLOCK_SECONDS);
  const careWorker = startCareWorker();

  // Stopping drains (docs/decisions/0015): no new connections, sockets or socket requests; every
  // request in flight is answered; then the sockets close as a dropped transport, which clients
  // treat as "reconnect" (to another process, or to this one when it is back).
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      log.info("shutting down: no new connections, answering the requests in flight");
      stopSessionClock();
      const careStopped = careWorker.stop();
      const httpClosed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      const drained = await drain(drainTimeoutMs);
      log.info(drained, "shutdown: requests in flight answered");
      // Pushes in flight were cut short at once; their outcomes are written before the pool closes.
      await careStopped;
      await sockets.close();
      log.debug("shutdown: sockets closed");
      httpServer.closeIdleConnections();
      const forceAfter = setTimeout(() => httpServer.closeAllConnections(), 2_000);
      await httpClosed;
      clearTimeout(forceAfter);
      log.debug("shutdown: HTTP server closed");
      await app.close().catch(() => {});
      log.debug("shutdown: Next.js closed");
      await disconnectRedis();
      log.debug("shutdown: Redis closed");
      await disconnectDb();
      log.debug("shutdown: database pool closed");
      await embedded?.stop();
      log.info("shut down cleanly");
    })());

  return { url: publicUrl, demoAdmin, close };
}
