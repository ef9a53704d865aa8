// Ports and waiting for fault tests.

/** This checkout's private servers for fault tests (never the shared 5432 / 6379). */
export const faultPorts = {
  postgres: Number(process.env.FAULTS_POSTGRES_PORT ?? 55410),
  redis: Number(process.env.FAULTS_REDIS_PORT ?? 55411),
};

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
