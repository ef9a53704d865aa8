// A statement built with Prisma.sql, run straight on the pool under Prisma: for the few hot reads
// where Prisma's query interpreter cost more than the SQL (a 50-message history page: 4.8 ms
// through `$queryRaw` against 3.6 ms on the pool, docs/performance.md). Rows come back as
// node-postgres reads them: the same as `$queryRaw` except that int8 (bigint) columns are text.
import type { Prisma } from "@/generated/prisma/client";
import { sqlPool } from "@/lib/server/db";

export async function rawQuery<Row>(statement: Prisma.Sql): Promise<Row[]> {
  const { rows } = await sqlPool().query(statement.text, statement.values);
  return rows as Row[];
}
