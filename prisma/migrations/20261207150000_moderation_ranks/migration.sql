-- Appeals follow rank (docs/decisions/0029): each moderation action keeps the rank its actor
-- and the person acted on had when it was taken, so an appeal about an admin's action, or from
-- a moderator, goes to an admin even after someone's rank changes.

-- CreateEnum
CREATE TYPE "Rank" AS ENUM ('member', 'moderator', 'admin');

-- AlterTable
ALTER TABLE "ModerationAction" ADD COLUMN "actorRank" "Rank",
ADD COLUMN "targetRank" "Rank";

-- Actions that can be appealed, taken before ranks were kept: their ranks as they are now, the
-- best that is known. Later changes of rank are then still taken into account.
UPDATE "ModerationAction" ma SET
  "actorRank" = CASE
    WHEN ma."actorId" IS NULL THEN NULL
    WHEN EXISTS (SELECT 1 FROM "User" u WHERE u.id = ma."actorId" AND u."siteRole" = 'admin') THEN 'admin'::"Rank"
    WHEN EXISTS (SELECT 1 FROM "Membership" m WHERE m."roomId" = ma."roomId" AND m."userId" = ma."actorId" AND m.role = 'moderator') THEN 'moderator'::"Rank"
    ELSE 'member'::"Rank" END,
  "targetRank" = CASE
    WHEN EXISTS (SELECT 1 FROM "User" u WHERE u.id = ma."targetUserId" AND u."siteRole" = 'admin') THEN 'admin'::"Rank"
    WHEN EXISTS (SELECT 1 FROM "Membership" m WHERE m."roomId" = ma."roomId" AND m."userId" = ma."targetUserId" AND m.role = 'moderator') THEN 'moderator'::"Rank"
    ELSE 'member'::"Rank" END
WHERE ma.kind IN ('hide_message', 'warn_member', 'mute_member', 'remove_member') AND ma."targetUserId" IS NOT NULL;
