// The PostgreSQL server tests run against: the one at TEST_DATABASE_URL or DATABASE_URL when
// set, otherwise an embedded one under .test-data/ (started once per test run).
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/server/database/embedded-postgres";

export interface PostgresServer {
  /** A URL to an existing database on the server, used to create and drop others. */
  adminUrl: string;
  stop(): Promise<void>;
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const configured = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (configured) return { adminUrl: configured, stop: async () => {} };
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({
    dataDirectory: path.resolve(".test-data", "postgres"),
    port: Number(process.env.TEST_EMBEDDED_POSTGRES_PORT ?? 5489),
    database: "postgres",
  });
  return { adminUrl: embedded.url, stop: () => embedded.stop() };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
