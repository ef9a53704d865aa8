// The block rule: a block either way hides two people from each other — their messages,
// reactions, typing and edits — and neither is told. The send path reads it inside its facts
// query, so it also comes as SQL; the other paths read the rows with a Prisma filter.
// tests/integration/policy-forms-agree.test.ts checks that all three forms agree.
import { Prisma } from "@/generated/prisma/client";

export interface BlockFacts {
  blockerId: string;
  blockedId: string;
}

/** Everyone hidden from this person, once each, given any block rows (unrelated ones are ignored). */
export function blockedRelationsOf(userId: string, blocks: BlockFacts[]): string[] {
  const others = blocks
    .filter((block) => block.blockerId === userId || block.blockedId === userId)
    .map((block) => (block.blockerId === userId ? block.blockedId : block.blockerId));
  return [...new Set(others)];
}

/** The block rows that can hide someone from this person: the ones they made or received. */
export function blocksConcerningWhere(userId: string): Prisma.BlockWhereInput {
  return { OR: [{ blockerId: userId }, { blockedId: userId }] };
}

/**
 * blockedRelationsOf in SQL: a text[] of everyone hidden from the person whose id (a uuid) is
 * the expression `userId`, e.g. Prisma.sql`i.user_id`. A both-ways block lists the other
 * person twice; callers use the array as a set. Uses the alias `b` inside its own subquery.
 */
export function blockedRelationsSql(userId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ARRAY(
    SELECT (CASE WHEN b."blockerId" = ${userId} THEN b."blockedId" ELSE b."blockerId" END)::text
    FROM "Block" b WHERE b."blockerId" = ${userId} OR b."blockedId" = ${userId}
  )`;
}
