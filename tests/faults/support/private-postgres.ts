// A PostgreSQL of the fault test's own (the embedded one, on its own port and data directory),
// which the test may stop, freeze and start again; the shared server is never touched.
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/server/database/embedded-postgres";
import { migrateDatabase } from "@/lib/server/database/migrate";

export interface PrivatePostgres {
  url: string;
  /** A fast shutdown (SIGINT to the postmaster): connections close, new ones are refused. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP to the server and every backend: connections stay open and nothing answers. */
  freeze(): void;
  thaw(): void;
}

export async function startPrivatePostgres(port: number): Promise<PrivatePostgres> {
  const dataDirectory = path.resolve(".test-data", `faults-postgres-${port}`);
  await rm(dataDirectory, { recursive: true, force: true }); // a fresh cluster each run
  let server: EmbeddedDatabase | undefined;
  const start = async () => {
    server = await startEmbeddedPostgres({ dataDirectory, port, database: "faults" });
  };
  await start();
  const url = (server as EmbeddedDatabase | undefined)?.url as string;
  await migrateDatabase(url, path.resolve("prisma", "migrations"));
  const signalAll = (signal: NodeJS.Signals) => {
    const postmaster = Number(
      readFileSync(path.join(dataDirectory, "postmaster.pid"), "utf8").split("\n")[0],
    );
    // The postmaster first, so it forks nothing new while its children are being stopped.
    for (const pid of [postmaster, ...descendants(postmaster)]) {
      try {
        process.kill(pid, signal);
      } catch {
        // gone meanwhile
      }
    }
  };
  return {
    url,
    async stop() {
      await server?.stop();
      server = undefined;
    },
    start,
    freeze: () => signalAll("SIGSTOP"),
    thaw: () => signalAll("SIGCONT"),
  };
}

/** Every process below `pid`, read from /proc (Linux). */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parentOf.set(Number(entry), parent);
    } catch {
      // ended while we looked
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift() as number;
    for (const [child, parent] of parentOf) {
      if (parent === current) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}
