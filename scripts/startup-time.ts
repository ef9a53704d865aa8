// `npm run startup-time [-- --runs N]` (after `npm run build`): how long Hearth takes from the
// start of its process to /api/health answering 200, started the old way (TypeScript through the
// tsx command, as `npm start` did: `tsx server.ts`) and the way it ships (`node dist/server.js`,
// what `npm start` runs now, without npm's own start-up in either), N times each (3
// unless told), alternating, against one real database (TEST_DATABASE_URL / DATABASE_URL, else
// an embedded PostgreSQL). Prints the median of each, the load average and the machine; the
// README's figures come from here.
import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import webpush from "web-push";
import { compiledServer } from "@/scripts/compiled-server";
import { freePort } from "@/tests/setup/app-process";
import { startPostgresServer } from "@/tests/setup/postgres-server";
import { createDatabase } from "@/tests/setup/test-database";

const root = path.resolve(import.meta.dirname, "..");
const runsFlag = process.argv.indexOf("--runs");
const runs = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : 3;
const ways = {
  "tsx server.ts": [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "server.ts"],
  "node dist/server.js": [compiledServer.server],
};
const pushKeys = webpush.generateVAPIDKeys();

async function timeOneStart(args: string[], databaseUrl: string): Promise<number> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: "ignore",
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: "startup-time-secret-that-is-long-enough-0123456789",
      VAPID_PUBLIC_KEY: pushKeys.publicKey,
      VAPID_PRIVATE_KEY: pushKeys.privateKey,
      LOG_LEVEL: "warn",
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Hearth exited during start (${args.join(" ")})`);
      if (performance.now() - started > 120_000) throw new Error("Hearth did not answer within 120 s");
      const ok = await fetch(`${url}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const postgres = await startPostgresServer();
const database = await createDatabase(postgres.adminUrl, { prefix: "hearth_startup" });
const loadBefore = loadavg()[0] ?? 0;
const times: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map((way) => [way, []]));
try {
  // One start first, not timed: it applies the migrations and first-start data, which every
  // later start (of either kind) finds done.
  await timeOneStart(ways["node dist/server.js"], database.url);
  for (let run = 0; run < runs; run++) {
    for (const [way, args] of Object.entries(ways)) times[way]?.push(await timeOneStart(args, database.url));
  }
} finally {
  await database.drop();
  await postgres.stop();
}
const loadAfter = loadavg()[0] ?? 0;

console.log(`\nStart to /api/health answering 200, median of ${runs} (Node.js ${process.version}):`);
for (const [way, values] of Object.entries(times))
  console.log(
    `  ${way.padEnd(20)} ${Math.round(median(values))} ms   (${values.map(Math.round).join(", ")})`,
  );
console.log(
  `Load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after; ` +
    `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}; ${new Date().toISOString().slice(0, 10)}`,
);
