// Who may facilitate a room's sessions: anyone who may moderate the room (canModerateRoom), joined
// or not. An appointed moderator is often not in the room yet (the admin appoints them from
// /admin, and they arrive later): they are offered all the same, and come into the room when they
// begin the session (enterToFacilitate; docs/decisions/0024).
import type { Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canModerateRoom, moderatorMembership } from "@/lib/server/policies/moderation-policies";
import { AppError } from "@/lib/shared/errors";

type Tx = Prisma.TransactionClient;

const canSignIn = { disabledAt: null, deletedAt: null } as const satisfies Prisma.UserWhereInput;

/**
 * The people a moderator may choose as facilitators: the room's appointed moderators, in the room
 * or not, and the viewer when they are an admin (admins moderate every room).
 */
export async function facilitatorChoices(
  viewer: MemberActor,
  roomId: string,
): Promise<{ id: string; pseudonym: string }[]> {
  const appointed = await db().user.findMany({
    where: {
      ...canSignIn,
      OR: [
        { memberships: { some: { roomId, ...moderatorMembership } } },
        ...(viewer.siteRole === "admin" ? [{ id: viewer.userId }] : []),
      ],
    },
    orderBy: { pseudonym: "asc" },
    select: { id: true, pseudonym: true },
  });
  return appointed;
}

/** Every chosen facilitator may moderate the room (joined or not) and can sign in. */
export async function requireFacilitators(tx: Tx, roomId: string, userIds: string[]): Promise<void> {
  const people = await tx.user.findMany({
    where: { id: { in: userIds }, ...canSignIn },
    select: {
      id: true,
      siteRole: true,
      memberships: { where: { roomId }, select: { role: true, removedAt: true } },
    },
  });
  const mayFacilitate = people.filter(
    (person) =>
      // Their role: a facilitator's own session is asked when they act.
      canModerateRoom({
        siteRole: person.siteRole,
        staffPowers: "ready",
        membership: person.memberships[0] ?? null,
      }).allowed,
  );
  if (mayFacilitate.length !== userIds.length)
    throw new AppError("invalid_input", "Facilitators must be moderators of this room.", {
      fields: { facilitatorIds: "Choose facilitators among this room's moderators." },
    });
}

/**
 * Whoever begins a session leads it from inside the room: someone not in it (an appointed
 * moderator who never joined, an admin) or only listening becomes a member, under the guidelines
 * as they are now (the button says so). A place is theirs even when the room is full.
 */
export async function enterToFacilitate(tx: Tx, userId: string, roomId: string): Promise<void> {
  const { guidelinesVersion } = await tx.room.findUniqueOrThrow({
    where: { id: roomId },
    select: { guidelinesVersion: true },
  });
  const now = new Date();
  const entering = {
    leftAt: null,
    listenOnly: false,
    guidelinesAcceptedVersion: guidelinesVersion,
    guidelinesAcceptedAt: now,
  };
  await tx.membership.upsert({
    where: { roomId_userId: { roomId, userId } },
    create: { roomId, userId, ...entering },
    update: entering,
  });
}
