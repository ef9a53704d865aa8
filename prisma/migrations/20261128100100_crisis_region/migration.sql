-- The country whose crisis lines a member sees (null: from their browser's languages).

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "crisisRegion" VARCHAR(4);
