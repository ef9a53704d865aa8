-- What a reader chooses not to see uncovered, and the people whose messages they hide for
-- themselves without blocking them (who are not told).

-- AlterTable
ALTER TABLE "User" ADD COLUMN "readingFilters" JSONB;

-- CreateTable
CREATE TABLE "PersonalMute" (
    "userId" UUID NOT NULL,
    "mutedUserId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonalMute_pkey" PRIMARY KEY ("userId","mutedUserId")
);

-- AddForeignKey
ALTER TABLE "PersonalMute" ADD CONSTRAINT "PersonalMute_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PersonalMute" ADD CONSTRAINT "PersonalMute_mutedUserId_fkey" FOREIGN KEY ("mutedUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
