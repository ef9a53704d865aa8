// The project's own migration runner: applies to an empty database, records what Prisma
// records, is idempotent, and leaves a database that matches prisma/schema.prisma exactly.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateDatabase, readMigrations } from "@/lib/server/database/migrate";
import { createDatabase, type TestDatabase } from "@/tests/setup/test-database";
import { expectedColumn, type DmmfDatamodel } from "@/tests/integration/schema-expectations";

let database: TestDatabase;
let client: pg.Client;
const migrationsDirectory = path.resolve("prisma", "migrations");

beforeAll(async () => {
  database = await createDatabase(inject("postgresAdminUrl"), { prefix: "hearth_migrate" });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await database?.drop();
});

const datamodel = (): DmmfDatamodel => {
  const schema = readFileSync(path.resolve("prisma", "schema.prisma"), "utf8");
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))).datamodel;
};

describe("migrations", () => {
  it("apply to an empty database and are recorded as Prisma records them", async () => {
    const files = await readMigrations(migrationsDirectory);
    const result = await migrateDatabase(database.url, migrationsDirectory);
    expect(result.applied).toEqual(files.map((file) => file.name));

    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toHaveLength(files.length);
    for (const [index, row] of rows.entries()) {
      const sql = readFileSync(path.join(migrationsDirectory, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.migration_name).toBe(files[index]?.name);
    }
  });

  it("do nothing the second time", async () => {
    const result = await migrateDatabase(database.url, migrationsDirectory);
    expect(result.applied).toEqual([]);
    const { rows } = await client.query(`SELECT count(*)::int AS count FROM "_prisma_migrations"`);
    expect(rows[0].count).toBe(result.alreadyApplied.length);
  });

  it("leave nothing behind when one fails", async () => {
    const broken = await createDatabase(inject("postgresAdminUrl"), { prefix: "hearth_broken" });
    const { mkdtemp, mkdir, writeFile, cp } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const directory = await mkdtemp(path.join(tmpdir(), "hearth-migrations-"));
    await cp(migrationsDirectory, directory, { recursive: true });
    await mkdir(path.join(directory, "29990101000000_broken"));
    await writeFile(
      path.join(directory, "29990101000000_broken", "migration.sql"),
      `CREATE TABLE "Half" ("id" INTEGER);\nSELECT no_such_function();\n`,
    );
    try {
      await expect(migrateDatabase(broken.url, directory)).rejects.toThrow(/29990101000000_broken failed/);
      const check = new pg.Client({ connectionString: broken.url });
      await check.connect();
      const half = await check.query(`SELECT to_regclass('"Half"') AS present`);
      const recorded = await check.query(`SELECT migration_name FROM "_prisma_migrations"`);
      await check.end();
      expect(half.rows[0].present).toBeNull();
      expect(recorded.rows.map((row) => row.migration_name)).not.toContain("29990101000000_broken");
    } finally {
      await broken.drop();
    }
  });

  it("produce exactly the tables, columns, types, nullability and defaults of schema.prisma", async () => {
    const model = datamodel();
    const { rows: tables } = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    expect(tables.map((row) => row.table_name).sort()).toEqual(
      model.models.map((m) => m.dbName ?? m.name).sort(),
    );

    const { rows: columns } = await client.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, datetime_precision
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    for (const m of model.models) {
      const table = m.dbName ?? m.name;
      const scalarFields = m.fields.filter((field) => field.kind === "scalar" || field.kind === "enum");
      const actual = columns.filter((column) => column.table_name === table);
      expect(actual.map((column) => column.column_name).sort(), `columns of ${table}`).toEqual(
        scalarFields.map((field) => field.dbName ?? field.name).sort(),
      );
      for (const field of scalarFields) {
        const column = actual.find((c) => c.column_name === (field.dbName ?? field.name));
        const expected = expectedColumn(field);
        expect(
          {
            type: column.data_type,
            udt: column.udt_name,
            nullable: column.is_nullable === "YES",
            length: column.character_maximum_length,
            precision: column.data_type.startsWith("timestamp") ? column.datetime_precision : null,
            hasDefault: column.column_default !== null,
          },
          `${table}.${field.name}`,
        ).toEqual(expected);
      }
    }
  });

  it("produce exactly the enums of schema.prisma", async () => {
    const { rows } = await client.query(
      `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((row) => [row.name, row.values]));
    const expected = Object.fromEntries(
      datamodel().enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]),
    );
    expect(actual).toEqual(expected);
  });

  it("produce exactly the primary keys, unique constraints and indexes of schema.prisma", async () => {
    const { rows } = await client.query(
      `SELECT t.relname AS table_name, i.relname AS index_name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
              ix.indpred IS NOT NULL AS is_partial,
              array_agg(a.attname::text ORDER BY k.ordinality) AS columns
       FROM pg_index ix
       JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ordinality)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
       GROUP BY t.relname, i.relname, ix.indisunique, ix.indisprimary, ix.indpred IS NOT NULL`,
    );
    const describe = (table: string, kind: string, columns: string[]) =>
      `${table} ${kind} (${columns.join(", ")})`;
    const actual = rows
      .map((row) =>
        describe(
          row.table_name,
          `${row.is_primary ? "id" : row.is_unique ? "unique" : "normal"}${row.is_partial ? " partial" : ""}`,
          row.columns,
        ),
      )
      .sort();
    const model = datamodel();
    // Prisma's schema cannot say "unique among some rows"; these are written by hand in the
    // migrations, each for a reason given there.
    const partialIndexes = [
      "CheckIn unique partial (roomId, memberId)",
      "ModeratorShift unique partial (userId)",
    ];
    const expected = model.indexes
      .map((index) => {
        const m = model.models.find((candidate) => candidate.name === index.model);
        const columnOf = (name: string) => m?.fields.find((field) => field.name === name)?.dbName ?? name;
        return describe(
          m?.dbName ?? index.model,
          index.type,
          index.fields.map((field) => columnOf(field.name)),
        );
      })
      .concat(partialIndexes)
      .sort();
    expect(actual).toEqual(expected);
  });

  it("produce exactly the foreign keys of schema.prisma, with their delete rules", async () => {
    const { rows } = await client.query(
      `SELECT c.conrelid::regclass::text AS table_name, c.confrelid::regclass::text AS referenced,
              c.confdeltype AS on_delete,
              (SELECT array_agg(a.attname::text ORDER BY k.ordinality) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ordinality)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    const deleteRule: Record<string, string> = {
      a: "NoAction",
      r: "Restrict",
      c: "Cascade",
      n: "SetNull",
      d: "SetDefault",
    };
    const actual = rows
      .map(
        (row) =>
          `${row.table_name.replace(/"/g, "")}(${row.columns.join(",")}) -> ${row.referenced.replace(/"/g, "")} on delete ${deleteRule[row.on_delete]}`,
      )
      .sort();
    const model = datamodel();
    const expected = model.models
      .flatMap((m) =>
        m.fields
          .filter(
            (field) =>
              field.kind === "object" && field.relationFromFields && field.relationFromFields.length > 0,
          )
          .map(
            (field) =>
              `${m.dbName ?? m.name}(${field.relationFromFields?.join(",")}) -> ${field.type} on delete ${field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")}`,
          ),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});
