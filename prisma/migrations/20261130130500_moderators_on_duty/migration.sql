-- Moderators on duty: a shift a moderator starts and ends for the rooms they moderate, so
-- members can see someone is around; and a queue item handed from one moderator to another.

-- AlterEnum
ALTER TYPE "ModerationActionKind" ADD VALUE 'hand_over_item';

-- CreateTable
CREATE TABLE "ModeratorShift" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ModeratorShift_pkey" PRIMARY KEY ("id")
);

-- One shift at a time per moderator: starting twice is the same shift.
CREATE UNIQUE INDEX "ModeratorShift_one_open_per_user" ON "ModeratorShift"("userId") WHERE "endedAt" IS NULL;
CREATE INDEX "ModeratorShift_userId_startedAt_idx" ON "ModeratorShift"("userId", "startedAt");

-- AlterTable
ALTER TABLE "Report" ADD COLUMN "assignedToId" UUID;

-- AddForeignKey
ALTER TABLE "ModeratorShift" ADD CONSTRAINT "ModeratorShift_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Report" ADD CONSTRAINT "Report_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
