// Starts the bare Socket.IO server (scripts/bench/bare-socket-server.ts) in a process of its own,
// or the floor when given a database to commit to, and says where it listens.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export interface BareServer {
  url: string;
  pid: number;
  output(): string;
  stop(): void;
}

export async function startBareServer(options: {
  commitDatabaseUrl?: string;
  port?: number;
  /** Profiled too when Hearth is (bench:chat --cpu-prof), into a folder of its own. */
  cpuProfileDirectory?: string;
}): Promise<BareServer> {
  const { cpuProfileDirectory } = options;
  const child = spawn(
    process.execPath,
    [
      "--expose-gc",
      // Profiled too when Hearth is: where the bare server's time goes is the floor to compare with.
      ...(cpuProfileDirectory
        ? [
            "--cpu-prof",
            `--cpu-prof-dir=${path.join(cpuProfileDirectory, options.commitDatabaseUrl ? "floor" : "bare")}`,
          ]
        : []),
      "--import",
      "tsx",
      path.join(root, "scripts", "bench", "bare-socket-server.ts"),
    ],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      env: {
        ...process.env,
        BARE_PORT: String(options.port ?? 0),
        ...(options.commitDatabaseUrl && { BARE_COMMIT_DATABASE_URL: options.commitDatabaseUrl }),
      },
    },
  );
  let output = "";
  const port = await new Promise<number>((resolve) =>
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PORT (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    }),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    output: () => output,
    stop: () => child.kill("SIGTERM"),
  };
}
