import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, inject } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { createDatabase, type TestDatabase } from "@/tests/setup/test-database";

/** Gives the test file its own migrated database and a Prisma client on it; both go away after. */
export function databasePerFile() {
  const state: { database?: TestDatabase; prisma?: PrismaClient } = {};
  beforeAll(async () => {
    state.database = await createDatabase(inject("postgresAdminUrl"), {
      template: inject("templateDatabase"),
    });
    state.prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: state.database.url }) });
  });
  afterAll(async () => {
    await state.prisma?.$disconnect();
    await state.database?.drop();
  });
  return {
    get url() {
      if (!state.database) throw new Error("the test database exists only inside tests");
      return state.database.url;
    },
    get prisma() {
      if (!state.prisma) throw new Error("the test database exists only inside tests");
      return state.prisma;
    },
  };
}
