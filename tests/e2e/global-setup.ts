// Starts PostgreSQL (or uses DATABASE_URL's server), a fresh database and the real Hearth
// server (production build, the server compiled as `npm run build` does) for the browser tests,
// with a second one whose staff need a second step; the returned function tears them down.
import { buildServer } from "@/scripts/server-bundle";
import { startStaffGateServer } from "@/tests/e2e/staff-gate-server";
import { startAppProcess } from "@/tests/setup/app-process";
import { startPostgresServer } from "@/tests/setup/postgres-server";
import { createDatabase } from "@/tests/setup/test-database";

export default async function globalSetup() {
  await buildServer();
  const postgres = await startPostgresServer();
  const database = await createDatabase(postgres.adminUrl, { prefix: "hearth_e2e" });
  // Tests read these (Playwright's workers start after global setup and inherit its environment).
  process.env.E2E_DATABASE_URL = database.url;
  const app = await startAppProcess({
    databaseUrl: database.url,
    port: Number(process.env.E2E_PORT ?? 3217),
    // The session clock looks often, so a reminder shows within seconds.
    // Care alerts go to a push-service stand-in on loopback (tests/e2e/care-alerts.spec.ts).
    env: { RATE_LIMIT_SCALE: "50", SESSION_CLOCK_SECONDS: "1", PUSH_SERVICE_HOSTS: "127.0.0.1" },
    // The shared server's moderators and admins act without a second step; the staff gate's
    // journeys run on a second server with it required (tests/e2e/staff-gate-server.ts).
    staffSecondFactor: "off",
  });
  // After the first, never beside it: each start migrates and seeds the database, and two at once
  // on a fresh database wait on each other's locks until one's statement timeout ends it.
  const staffGateApp = await startStaffGateServer(database.url);
  process.env.E2E_STAFF_GATE_URL = staffGateApp.url;
  return async () => {
    for (const [what, server] of [
      ["Hearth", app],
      ["The staff-gated Hearth", staffGateApp],
    ] as const) {
      const code = await server.stop();
      if (code !== 0)
        console.error(`${what} exited with ${code} after the browser tests:\n${server.output()}`);
    }
    await database.drop();
    await postgres.stop();
  };
}
