// A Hearth of a spec's own with the staff gate on (REQUIRE_STAFF_SECOND_FACTOR): the shared
// browser-test server runs with it off for the other journeys. Started before the spec's tests
// and stopped after them, on the shared test database.
import { test } from "@playwright/test";
import { startAppProcess, type AppProcess } from "@/tests/setup/app-process";

/** Registers the server's start and stop with the enclosing describe (or file); returns its URL. */
export function staffGateServer(port: number): string {
  let server: AppProcess | undefined;
  test.beforeAll(async () => {
    // A server start on a loaded 2-core machine can take 20 s or more.
    test.setTimeout(120_000);
    server = await startAppProcess({
      databaseUrl: process.env.E2E_DATABASE_URL,
      port,
      env: { RATE_LIMIT_SCALE: "50" },
      staffSecondFactor: "required",
      timeoutMs: 110_000,
    });
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  return `http://localhost:${port}`;
}
