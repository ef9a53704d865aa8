// Runs the real Hearth server as a child process, the way people run it (`npm start`: the
// compiled server, dist/server.js, on the production build), against a test database. The test
// stages' global setups compile it first (scripts/server-bundle.ts, as `npm run build` does), so
// what is tested is what ships.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import webpush from "web-push";
import { compiledServer } from "@/scripts/compiled-server";

const testPushKeys = webpush.generateVAPIDKeys();

export interface AppProcess {
  url: string;
  port: number;
  /** The server's process id (to read its memory from /proc). */
  pid: number;
  output(): string;
  /** Closes our end of the server's stdout and stderr, as when whoever started it has gone. */
  closeOutput(): void;
  /** SIGTERM, then the exit code once the process is gone. */
  stop(): Promise<number | null>;
  /** SIGKILL (a crash: nothing is finished), resolved once the process is gone. */
  kill(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

// Every server a test started dies with the test process, even when a test failed before
// it could stop its server (a leaked server would keep running against a dropped database).
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export const testSecret = "test-secret-that-is-long-enough-for-next-auth-0123456789";

/**
 * Whether staff powers wait for a second step (REQUIRE_STAFF_SECOND_FACTOR, decision 0028).
 * Tests say so by name: "required" (the default, as in production) or "off" for files whose
 * moderators and admins act without one.
 */
export type StaffSecondFactor = "required" | "off";

export async function startAppProcess(options: {
  databaseUrl?: string;
  env?: Record<string, string>;
  staffSecondFactor?: StaffSecondFactor;
  timeoutMs?: number;
  port?: number;
  /** Extra flags for node itself (the benchmark's --cpu-prof). */
  nodeArgs?: string[];
}): Promise<AppProcess> {
  if (!existsSync(compiledServer.server))
    throw new Error(`${compiledServer.server} is missing: run \`npm run build\` first.`);
  const port = options.port ?? (await freePort());
  const url = `http://localhost:${port}`;
  const root = path.resolve(import.meta.dirname, "..", "..");
  const environment: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    HOST: "127.0.0.1",
    PORT: String(port),
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: testSecret,
    LOG_LEVEL: "warn",
    RATE_LIMIT_SCALE: "50",
    // Given, so test servers never write a key pair into the project's data directory.
    VAPID_PUBLIC_KEY: testPushKeys.publicKey,
    VAPID_PRIVATE_KEY: testPushKeys.privateKey,
    REQUIRE_STAFF_SECOND_FACTOR: (options.staffSecondFactor ?? "required") === "required" ? "true" : "false",
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  };
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), compiledServer.server], {
    cwd: root,
    env: environment,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`Hearth exited during start (code ${child.exitCode}):\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`Hearth did not answer within the time limit:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }

  return {
    url,
    port,
    pid: child.pid ?? 0,
    output: () => output,
    closeOutput() {
      child.stdout?.destroy();
      child.stderr?.destroy();
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
