-- Deleting one's account: the row stays, signed "A former member", so moderation records and
-- other people's conversations keep their shape; the pseudonym stays reserved for a while so
-- nobody can pass as the person who left.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "deletedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "RetiredPseudonym" (
    "pseudonymKey" VARCHAR(24) NOT NULL,
    "reservedUntil" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RetiredPseudonym_pkey" PRIMARY KEY ("pseudonymKey")
);
