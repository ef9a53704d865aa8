// One database per test file, copied from a template that was migrated once per run, so no
// test sees another's data and no file waits for migrations.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { databaseUrl } from "@/tests/setup/postgres-server";

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(
  adminUrl: string,
  options: { template?: string; prefix?: string } = {},
): Promise<TestDatabase> {
  const name = `${options.prefix ?? "hearth_test"}_${randomBytes(5).toString("hex")}`;
  await withAdmin(adminUrl, (client) =>
    client.query(`CREATE DATABASE "${name}"${options.template ? ` TEMPLATE "${options.template}"` : ""}`),
  );
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: () => dropDatabase(adminUrl, name),
  };
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
