import { db } from "@/lib/server/db";
import { blockedRelationsOf, blocksConcerningWhere } from "@/lib/server/policies/block-policies";

/** Everyone with a block between them and this person, in either direction: they see nothing of each other. */
export async function blockedRelations(userId: string): Promise<string[]> {
  const blocks = await db().block.findMany({
    where: blocksConcerningWhere(userId),
    select: { blockerId: true, blockedId: true },
  });
  return blockedRelationsOf(userId, blocks);
}
