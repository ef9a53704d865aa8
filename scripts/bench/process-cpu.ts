// CPU time of the processes a benchmark drives, read from /proc: user + system time of each
// server process, and of the PostgreSQL backends serving the benchmark's database. CPU per acked
// message is what a busy machine changes least (a busy machine makes everything wait, but a
// message still costs about the same work), so development changes are compared by it.
import { execFileSync } from "node:child_process";
import { readFileSync, readlinkSync } from "node:fs";
import pg from "pg";

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU seconds a process has used so far (0 once it has gone). */
export function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: the fields are counted after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond; // utime, stime (fields 14, 15)
  } catch {
    return 0;
  }
}

/** The Node.js (or other program) a process runs, with its version: "v24.22.3 (/path/to/node)". */
export function runtimeOf(pid: number): string {
  try {
    const program = readlinkSync(`/proc/${pid}/exe`);
    const version = execFileSync(program, ["--version"], { encoding: "utf8" }).trim();
    return `${version} (${program})`;
  } catch (error) {
    return `unknown (${(error as Error).message})`;
  }
}

/** The PostgreSQL backends connected to this database now (each is a process on this machine). */
export async function postgresBackends(databaseUrl: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

/** CPU seconds spent by each named part between begin() and end(). */
export interface CpuMeter {
  begin(): Promise<void>;
  end(): Promise<Record<string, number>>;
}

/**
 * Meters the server processes, the benchmark itself ("load generator") and, given a database,
 * the PostgreSQL backends connected to it (a backend that connects during the run counts whole).
 */
export function cpuMeter(options: { server: number[]; databaseUrl?: string }): CpuMeter {
  let serverStart = 0;
  let postgresStart = new Map<number, number>();
  let ownStart = process.cpuUsage();
  const serverSeconds = () => options.server.reduce((sum, pid) => sum + cpuSecondsOf(pid), 0);
  const postgresSeconds = async () =>
    new Map(
      options.databaseUrl
        ? (await postgresBackends(options.databaseUrl)).map((pid) => [pid, cpuSecondsOf(pid)])
        : [],
    );
  return {
    async begin() {
      postgresStart = await postgresSeconds();
      serverStart = serverSeconds();
      ownStart = process.cpuUsage();
    },
    async end() {
      const own = process.cpuUsage(ownStart);
      const server = serverSeconds() - serverStart;
      const parts: Record<string, number> = { server, "load generator": (own.user + own.system) / 1e6 };
      if (options.databaseUrl) {
        let postgres = 0;
        for (const [pid, seconds] of await postgresSeconds())
          postgres += seconds - (postgresStart.get(pid) ?? 0);
        parts.postgres = postgres;
      }
      return parts;
    },
  };
}
