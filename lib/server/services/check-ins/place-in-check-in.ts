// Two moderators opening a check-in with the same person at the same moment (or a member asking
// twice) meet at the one-open-per-member-and-room index: the second one retries once and joins
// the check-in the first one made.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

export async function placeInCheckIn<Result>(
  work: (tx: Prisma.TransactionClient) => Promise<Result>,
): Promise<Result> {
  try {
    return await db().$transaction(work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db().$transaction(work);
  }
}
