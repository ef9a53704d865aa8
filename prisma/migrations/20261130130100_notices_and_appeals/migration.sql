-- Notices that wait, and appeals: a notice about a moderator's action points to the audit row,
-- keeps the reason and (for a mute) when it ends, so it can be told in the member's own time;
-- the member can ask for a review, which the room's other moderators or an admin decide.

-- AlterEnum
ALTER TYPE "NoticeKind" ADD VALUE 'appeal_outcome';
ALTER TYPE "ModerationActionKind" ADD VALUE 'file_appeal';
ALTER TYPE "ModerationActionKind" ADD VALUE 'uphold_appeal';
ALTER TYPE "ModerationActionKind" ADD VALUE 'reverse_appeal';

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('open', 'upheld', 'reversed');

-- AlterTable
ALTER TABLE "Notice" ADD COLUMN "moderationActionId" BIGINT,
ADD COLUMN "reason" TEXT,
ADD COLUMN "until" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "moderationActionId" BIGINT NOT NULL,
    "userId" UUID NOT NULL,
    "roomId" UUID,
    "words" VARCHAR(1000) NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "decisionReason" TEXT,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- One appeal per action: a decision is final, and asking twice does not queue twice.
CREATE UNIQUE INDEX "Appeal_moderationActionId_key" ON "Appeal"("moderationActionId");
CREATE INDEX "Appeal_status_roomId_createdAt_idx" ON "Appeal"("status", "roomId", "createdAt");
CREATE INDEX "Notice_moderationActionId_idx" ON "Notice"("moderationActionId");

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_moderationActionId_fkey" FOREIGN KEY ("moderationActionId") REFERENCES "ModerationAction"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_moderationActionId_fkey" FOREIGN KEY ("moderationActionId") REFERENCES "ModerationAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
