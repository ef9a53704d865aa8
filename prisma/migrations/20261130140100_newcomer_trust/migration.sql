-- Newcomer trust (docs/decisions/0021): a newcomer's messages can wait for a moderator
-- (careful rooms, links from new accounts, watched words), reusing the message's held state;
-- rooms can be marked careful; admins set the thresholds in one settings row.

-- CreateEnum
CREATE TYPE "MessageHold" AS ENUM ('careful_room', 'watched_word', 'link');

-- AlterEnum
ALTER TYPE "ReportSource" ADD VALUE 'newcomer_hold';
ALTER TYPE "ModerationActionKind" ADD VALUE 'approve_message';
ALTER TYPE "ModerationActionKind" ADD VALUE 'decline_message';
ALTER TYPE "ModerationActionKind" ADD VALUE 'set_careful';
ALTER TYPE "ModerationActionKind" ADD VALUE 'set_newcomer_trust';
ALTER TYPE "NoticeKind" ADD VALUE 'message_declined';

-- AlterTable
ALTER TABLE "Message" ADD COLUMN "heldFor" "MessageHold";
ALTER TABLE "Room" ADD COLUMN "careful" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Membership" ADD COLUMN "postCount" INTEGER NOT NULL DEFAULT 0;

-- Messages others could see so far count towards being a regular.
UPDATE "Membership" m SET "postCount" = c.n
FROM (SELECT "roomId", "authorId", count(*)::int AS n FROM "Message" WHERE NOT "heldForReview" GROUP BY 1, 2) c
WHERE m."roomId" = c."roomId" AND m."userId" = c."authorId";

-- CreateTable
CREATE TABLE "TrustSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "newcomerMessages" INTEGER NOT NULL DEFAULT 5,
    "newcomerHours" INTEGER NOT NULL DEFAULT 24,
    "linkAccountHours" INTEGER NOT NULL DEFAULT 24,
    "linkMessages" INTEGER NOT NULL DEFAULT 5,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustSettings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "TrustSettings_one_row" CHECK ("id" = 1)
);

INSERT INTO "TrustSettings" ("id") VALUES (1);
