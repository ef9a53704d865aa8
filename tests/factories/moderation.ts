// People with roles for moderation tests: an admin, a room's moderator, and members in every
// state, each signed in through HTTP with an open socket.
import type { PrismaClient } from "@/generated/prisma/client";
import { connectMember, openSocket, type ConnectedMember } from "@/tests/factories/chat";

export async function placeInRoom(
  prisma: PrismaClient,
  person: ConnectedMember,
  roomId: string,
  state: {
    role?: "member" | "moderator";
    listenOnly?: boolean;
    removed?: boolean;
    mutedMinutes?: number;
  } = {},
) {
  await prisma.membership.upsert({
    where: { roomId_userId: { roomId, userId: person.id } },
    create: {
      roomId,
      userId: person.id,
      role: state.role ?? "member",
      listenOnly: state.listenOnly ?? false,
      guidelinesAcceptedVersion: 1,
      removedAt: state.removed ? new Date() : null,
      mutedUntil: state.mutedMinutes ? new Date(Date.now() + state.mutedMinutes * 60_000) : null,
    },
    update: { role: state.role ?? "member" },
  });
}

/** Makes someone a site admin; their socket reconnects so the handshake sees the new role. */
export async function makeAdmin(
  prisma: PrismaClient,
  appUrl: string,
  person: ConnectedMember,
): Promise<void> {
  await prisma.user.update({ where: { id: person.id }, data: { siteRole: "admin" } });
  person.socket.close();
  person.socket = await openSocket(appUrl, person.cookie);
}

export { connectMember };
