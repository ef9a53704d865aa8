// Configures the Prisma CLI (generate, and migrate on machines that have its native engine).
// The app itself never reads this file: it applies prisma/migrations with its own runner
// (lib/server/db/migrate.ts) and connects through @prisma/adapter-pg.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // `generate` needs no database; migrate/status read the same variable the app does.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/hearth" },
});
