// A reader's own filters: stored with their account, applied in their browser only.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/shared/parse-input";
import { defaultReadingFilters, type ReadingFilters } from "@/lib/shared/reading-filters";
import { readingFiltersSchema } from "@/lib/shared/schemas/account";

export async function readingFiltersOf(actor: MemberActor): Promise<ReadingFilters> {
  const row = await db().user.findUnique({ where: { id: actor.userId }, select: { readingFilters: true } });
  const stored = readingFiltersSchema.safeParse(row?.readingFilters);
  // Stored before a theme was renamed, or never chosen: the defaults, never an error.
  return stored.success ? stored.data : defaultReadingFilters;
}

export async function setReadingFilters(actor: MemberActor, rawInput: unknown): Promise<ReadingFilters> {
  const filters = parseInput(readingFiltersSchema, rawInput);
  await db().user.update({ where: { id: actor.userId }, data: { readingFilters: filters } });
  return filters;
}
