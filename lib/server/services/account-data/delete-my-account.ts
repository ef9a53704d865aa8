// Deleting one's account. After the password, in one transaction: the person can no longer
// sign in; their messages lose their words or stay signed "A former member", as they chose;
// their reactions, blocks, mutes, notices, sessions, passkeys, filters and memberships go; their words in appeals
// and check-ins are erased. What stays: moderation records keep the action and its reason (not
// their words), other people's messages and reports are untouched, and the pseudonym is
// reserved for a while so nobody can pass as them.
import { Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { verifySecret } from "@/lib/server/auth/passwords";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { publisher } from "@/lib/server/services/publisher";
import { broadcastRoomChange } from "@/lib/server/services/rooms/broadcast-room-change";
import { countActiveMembers } from "@/lib/server/services/rooms/room-records";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { deleteAccountSchema } from "@/lib/shared/schemas/account";

export const FORMER_MEMBER = "A former member";
export const PSEUDONYM_RESERVED_DAYS = 180;
const erasedWords = "(words removed when the account was deleted)";

export async function deleteMyAccount(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(deleteAccountSchema, rawInput);
  await consumeRateLimit("passwordChangePerMember", actor.userId);
  const user = await db().user.findUnique({
    where: { id: actor.userId },
    select: { passwordHash: true, pseudonymKey: true, deletedAt: true },
  });
  if (!user || user.deletedAt) throw new AppError("unauthenticated", "Please sign in first.");
  if (!(await verifySecret(user.passwordHash, input.password))) {
    const wrong = "That password is not right. Nothing was deleted.";
    throw new AppError("unauthenticated", wrong, { fields: { password: wrong } });
  }

  const userId = actor.userId;
  const now = new Date();
  const affectedRooms = await db().$transaction(async (tx) => {
    const rooms = await tx.membership.findMany({ where: { userId }, select: { roomId: true } });
    if (input.messages === "erase")
      await tx.message.updateMany({
        where: { authorId: userId },
        data: { body: "", contentWarning: null, deletedAt: now },
      });
    await tx.reaction.deleteMany({ where: { userId } });
    await tx.block.deleteMany({ where: { OR: [{ blockerId: userId }, { blockedId: userId }] } });
    await tx.personalMute.deleteMany({ where: { OR: [{ userId }, { mutedUserId: userId }] } });
    await tx.notice.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.passkey.deleteMany({ where: { userId } });
    await tx.passkeyChallenge.deleteMany({ where: { userId } });
    // The second step goes with the account: its secret and any sign-in waiting for it.
    await tx.authenticatorApp.deleteMany({ where: { userId } });
    await tx.pendingSignIn.deleteMany({ where: { userId } });
    await tx.membership.deleteMany({ where: { userId } });
    await tx.appeal.updateMany({ where: { userId }, data: { words: erasedWords } });
    await tx.checkInMessage.updateMany({
      where: { authorId: userId, checkIn: { memberId: userId } },
      data: { body: erasedWords },
    });
    await tx.checkIn.updateMany({
      where: { memberId: userId, status: "open" },
      data: { status: "closed", closedAt: now, awaitingModerator: false },
    });
    await tx.retiredPseudonym.upsert({
      where: { pseudonymKey: user.pseudonymKey },
      create: {
        pseudonymKey: user.pseudonymKey,
        reservedUntil: new Date(now.getTime() + PSEUDONYM_RESERVED_DAYS * 24 * 3600 * 1000),
      },
      update: { reservedUntil: new Date(now.getTime() + PSEUDONYM_RESERVED_DAYS * 24 * 3600 * 1000) },
    });
    await tx.user.update({
      where: { id: userId },
      data: {
        pseudonym: FORMER_MEMBER,
        // Frees the unique key (the retired name is kept apart, for a while) and never matches a sign-in.
        pseudonymKey: `gone${userId.replace(/-/g, "").slice(0, 20)}`,
        passwordHash: "",
        recoveryCodeHash: "",
        readingFilters: Prisma.DbNull,
        crisisRegion: null,
        passkeyUserHandle: null,
        deletedAt: now,
        disabledAt: now,
        siteRole: "member",
        sessionVersion: { increment: 1 },
      },
    });
    return rooms.map((row) => row.roomId);
  });
  publisher().disconnectUser(userId);
  for (const roomId of affectedRooms)
    await broadcastRoomChange(roomId, await countActiveMembers(db(), roomId));
}
