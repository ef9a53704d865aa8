-- A second step at sign-in (docs/decisions/0028): an authenticator app (RFC 6238) whose secret
-- is kept encrypted, pending sign-ins between the password and the code, and on each session
-- whether (and how) a second step was passed. Appointed moderators are told with a notice.

-- AlterEnum
ALTER TYPE "NoticeKind" ADD VALUE 'moderator_appointed';

-- CreateEnum
CREATE TYPE "SecondFactorKind" AS ENUM ('app', 'recovery_code', 'passkey');

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "secondFactorAt" TIMESTAMPTZ(3),
ADD COLUMN "secondFactorKind" "SecondFactorKind";

-- CreateTable
CREATE TABLE "AuthenticatorApp" (
    "userId" UUID NOT NULL,
    "secretEncrypted" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMPTZ(3),
    "lastUsedStep" INTEGER,

    CONSTRAINT "AuthenticatorApp_pkey" PRIMARY KEY ("userId")
);

CREATE TABLE "PendingSignIn" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tokenHash" VARCHAR(64) NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "completedAt" TIMESTAMPTZ(3),
    "proofKind" "SecondFactorKind",

    CONSTRAINT "PendingSignIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PendingSignIn_tokenHash_key" ON "PendingSignIn"("tokenHash");
CREATE INDEX "PendingSignIn_userId_idx" ON "PendingSignIn"("userId");
CREATE INDEX "PendingSignIn_expiresAt_idx" ON "PendingSignIn"("expiresAt");

-- AddForeignKey
ALTER TABLE "AuthenticatorApp" ADD CONSTRAINT "AuthenticatorApp_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PendingSignIn" ADD CONSTRAINT "PendingSignIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
