// Vitest global setup for integration tests: compiles the server the tests start (as
// `npm run build` does), starts (or finds) PostgreSQL and makes a migrated template database;
// each test file copies it (see databasePerFile).
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/lib/server/database/migrate";
import { buildServer } from "@/scripts/server-bundle";
import { startPostgresServer } from "@/tests/setup/postgres-server";
import { createDatabase } from "@/tests/setup/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  await buildServer();
  const server = await startPostgresServer();
  const template = await createDatabase(server.adminUrl, { prefix: "hearth_template" });
  await migrateDatabase(template.url, path.resolve("prisma", "migrations"));
  project.provide("postgresAdminUrl", server.adminUrl);
  project.provide("templateDatabase", template.name);
  return async () => {
    await template.drop();
    await server.stop();
  };
}
