// A Hearth with the staff gate on (REQUIRE_STAFF_SECOND_FACTOR), for the journeys of moderators
// who need a second step (tests/e2e/second-step.spec.ts, tests/e2e/passkeys.spec.ts): the shared
// browser-test server runs with it off for the other journeys. Global setup starts it once, after
// the shared server and on the same test database, and stops it after every spec; starting one
// per spec cost each of them a server start (20 s or more on a loaded 2-core machine), and two
// workers running one spec's tests each started one on the same port.
import { startAppProcess, type AppProcess } from "@/tests/setup/app-process";

export function startStaffGateServer(databaseUrl: string): Promise<AppProcess> {
  return startAppProcess({
    databaseUrl,
    port: Number(process.env.E2E_STAFF_GATE_PORT ?? Number(process.env.E2E_PORT ?? 3217) + 2),
    env: { RATE_LIMIT_SCALE: "50" },
    staffSecondFactor: "required",
    timeoutMs: 110_000,
  });
}

/** The staff-gated server's URL (global setup started it). */
export function staffGateServer(): string {
  const url = process.env.E2E_STAFF_GATE_URL;
  if (!url) throw new Error("E2E_STAFF_GATE_URL is not set: tests/e2e/global-setup.ts starts that server.");
  return url;
}
