// A statement built with Prisma.sql, run straight on the pool under Prisma: for the few hot reads
// where Prisma's query interpreter cost more than the SQL (a 50-message history page: 4.8 ms
// through `$queryRaw` against 3.6 ms on the pool, docs/performance.md). Rows come back as
// node-postgres reads them: the same as `$queryRaw` except that int8 (bigint) columns are text.
//
// `prepared` names the statement: each connection of the prepared-statement pool (db.ts) parses
// and plans it once and keeps its generic plan, instead of planning it on every call. For the
// send path's statements the planning cost more than running them (3.9–6 ms a plan against
// 0.8 ms a run, decision 0033). Only for a statement whose text never changes between calls
// (values are parameters, never spliced in): node-postgres refuses a name reused with another text.
import type { Prisma } from "@/generated/prisma/client";
import { preparedStatementPool, sqlPool } from "@/lib/server/db";

export async function rawQuery<Row>(statement: Prisma.Sql, prepared?: { name: string }): Promise<Row[]> {
  const { rows } = prepared
    ? await preparedStatementPool().query({
        name: prepared.name,
        text: statement.text,
        values: statement.values,
      })
    : await sqlPool().query(statement.text, statement.values);
  return rows as Row[];
}
