// Ports and waiting for fault tests.
import { createServer } from "node:net";

/**
 * A port for a private server the test stops and starts again on the same port (never the shared
 * 5432 / 6379): FAULTS_POSTGRES_PORT or FAULTS_REDIS_PORT when set, otherwise one that is free now,
 * picked at random below Linux's ephemeral range (32768–60999). Inside that range the port could
 * be taken at any moment as the local end of an outgoing connection or by a listener the OS
 * placed, and the server could not start again after its outage; a fixed port could be held by a
 * server some other run left behind, or by another checkout's tests running at the same time.
 */
export async function restartablePort(
  setting: "FAULTS_POSTGRES_PORT" | "FAULTS_REDIS_PORT",
): Promise<number> {
  const chosen = process.env[setting];
  if (chosen) return Number(chosen);
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 15_000 + Math.floor(Math.random() * 17_000);
    if (await canListen(port)) return port;
  }
  throw new Error("no free port between 15000 and 32000 for a private server");
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** Polls `check` until it holds; resolves with how long that took, or throws after `timeoutMs`. */
export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  everyMs = 100,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await Promise.resolve(check()).catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
