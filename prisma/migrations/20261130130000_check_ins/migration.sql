-- Check-ins: a private, logged conversation between a room's moderators and one member, opened
-- by a moderator from a crisis item or asked for by the member from the care card.

-- AlterEnum
ALTER TYPE "ModerationActionKind" ADD VALUE 'open_check_in';
ALTER TYPE "ModerationActionKind" ADD VALUE 'close_check_in';

-- CreateEnum
CREATE TYPE "CheckInStatus" AS ENUM ('open', 'closed');

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "roomId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "openedById" UUID,
    "requestedByMember" BOOLEAN NOT NULL DEFAULT false,
    "messageId" BIGINT,
    "status" "CheckInStatus" NOT NULL DEFAULT 'open',
    "awaitingModerator" BOOLEAN NOT NULL DEFAULT false,
    "memberUnread" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActivityAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "closedById" UUID,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInMessage" (
    "id" BIGSERIAL NOT NULL,
    "checkInId" UUID NOT NULL,
    "authorId" UUID,
    "body" VARCHAR(4000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInMessage_pkey" PRIMARY KEY ("id")
);

-- One open check-in per member and room: asking twice, or two moderators at once, share it.
CREATE UNIQUE INDEX "CheckIn_one_open_per_member_room" ON "CheckIn"("roomId", "memberId") WHERE "status" = 'open';
CREATE INDEX "CheckIn_memberId_lastActivityAt_idx" ON "CheckIn"("memberId", "lastActivityAt");
CREATE INDEX "CheckIn_roomId_status_idx" ON "CheckIn"("roomId", "status");
CREATE INDEX "CheckInMessage_checkInId_id_idx" ON "CheckInMessage"("checkInId", "id");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CheckInMessage" ADD CONSTRAINT "CheckInMessage_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CheckInMessage" ADD CONSTRAINT "CheckInMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
