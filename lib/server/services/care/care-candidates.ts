// The facts care-alert-policies.ts decides from: everyone who may moderate the room (its
// moderators, appointed whether or not they joined it, and the admins), whether they are on duty,
// and their care alert settings and devices. The person who may need care is never among them.
import type { Prisma } from "@/generated/prisma/client";
import { moderatorMembership } from "@/lib/server/policies/moderation-policies";
import { moderatorIdsOfRoom } from "@/lib/server/services/moderation/room-moderators";
import type { CareCandidate } from "@/lib/server/policies/care-alert-policies";

type Tx = Prisma.TransactionClient;

export async function careCandidates(
  tx: Tx,
  roomId: string,
  memberId: string | null,
): Promise<CareCandidate[]> {
  const people = await tx.user.findMany({
    where: {
      AND: [
        { id: { in: await moderatorIdsOfRoom(tx, roomId) } },
        { deletedAt: null, disabledAt: null },
        ...(memberId ? [{ id: { not: memberId } }] : []),
      ],
    },
    select: {
      id: true,
      siteRole: true,
      memberships: { where: { roomId, ...moderatorMembership }, select: { id: true } },
      shifts: { where: { endedAt: null }, select: { id: true } },
      careAlertSettings: {
        select: {
          allRooms: true,
          quietFrom: true,
          quietUntil: true,
          timeZone: true,
          rooms: { where: { roomId }, select: { roomId: true } },
        },
      },
      pushSubscriptions: { where: { careAlerts: true }, select: { id: true }, take: 1 },
    },
  });
  return people.map((person) => {
    const settings = person.careAlertSettings;
    return {
      userId: person.id,
      isAdmin: person.siteRole === "admin",
      moderatesRoom: person.memberships.length > 0,
      onDuty: person.shifts.length > 0,
      alertsForRoom:
        settings !== null &&
        (settings.allRooms || settings.rooms.length > 0) &&
        person.pushSubscriptions.length > 0,
      quietHours:
        settings && settings.quietFrom !== null && settings.quietUntil !== null
          ? { from: settings.quietFrom, until: settings.quietUntil, timeZone: settings.timeZone }
          : null,
    };
  });
}
