// `npm run test:faults [-- --long]`: the fault suite (tests/faults/) on its own. It starts private
// PostgreSQL and Redis servers on free ports below 32768 (or FAULTS_POSTGRES_PORT, FAULTS_REDIS_PORT) and
// stops, freezes and restarts them under load; test databases come from TEST_DATABASE_URL /
// DATABASE_URL, else an embedded server. Needs a production build (`npm run build`). `--long`
// makes each outage 20 s and the loads larger (about 5 minutes on 2 cores); the short form runs
// in `npm test`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { startPostgresServer } from "@/tests/setup/postgres-server";

const root = path.resolve(import.meta.dirname, "..");
const long = process.argv.includes("--long");
const postgres = await startPostgresServer();
try {
  const result = spawnSync("npx", ["--no-install", "vitest", "run", "--project", "faults"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TEST_DATABASE_URL: postgres.adminUrl, FAULTS_LONG: long ? "1" : "0" },
  });
  process.exitCode = result.status ?? 1;
} finally {
  await postgres.stop();
}
