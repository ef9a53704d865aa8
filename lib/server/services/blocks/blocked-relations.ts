import { db } from "@/lib/server/db";

/** Everyone with a block between them and this person, in either direction: they see nothing of each other. */
export async function blockedRelations(userId: string): Promise<string[]> {
  const blocks = await db().block.findMany({
    where: { OR: [{ blockerId: userId }, { blockedId: userId }] },
    select: { blockerId: true, blockedId: true },
  });
  return [
    ...new Set(blocks.map((block) => (block.blockerId === userId ? block.blockedId : block.blockerId))),
  ];
}
