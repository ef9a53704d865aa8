import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { moderatorMembership } from "@/lib/server/policies/moderation-policies";
import { canAdminister } from "@/lib/server/policies/moderation-policies";
import { listWatchedWords } from "@/lib/server/services/admin/watched-words";
import type { AdminOverview } from "@/lib/shared/admin-types";
import { defaultTrust } from "@/lib/server/policies/trust-policies";

/** What admins last set; the send path reads the same row with its facts (post-facts.ts). */
async function readTrustThresholds() {
  const row = await db().trustSettings.findUnique({
    where: { id: 1 },
    select: { newcomerMessages: true, newcomerHours: true, linkAccountHours: true, linkMessages: true },
  });
  return row ?? defaultTrust;
}

/** Everything /admin shows; null for anyone who is not an admin. */
export async function getAdminOverview(actor: MemberActor): Promise<AdminOverview | null> {
  if (!canAdminister(actor).allowed) return null;
  const topics = await db().topic.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      rooms: {
        where: { archivedAt: null },
        orderBy: { name: "asc" },
        select: {
          id: true,
          slug: true,
          name: true,
          description: true,
          capacity: true,
          memberships: {
            where: moderatorMembership,
            select: { user: { select: { id: true, pseudonym: true } } },
          },
        },
      },
    },
  });
  return {
    topics: topics.map((topic) => ({
      ...topic,
      rooms: topic.rooms.map(({ memberships, ...room }) => ({
        ...room,
        moderators: memberships.map((m) => m.user),
      })),
    })),
    words: (await listWatchedWords(actor)).words,
    trust: await readTrustThresholds(),
  };
}
