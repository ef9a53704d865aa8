-- Scheduled sessions: a room's moderators schedule sessions (once or weekly) with one or two
-- facilitators; each time one happens is an occurrence whose state the room follows. Members
-- follow a room's sessions for reminders, in Hearth and (if they said yes) by web push.

-- AlterEnum
ALTER TYPE "ModerationActionKind" ADD VALUE 'schedule_session';
ALTER TYPE "ModerationActionKind" ADD VALUE 'cancel_session';
ALTER TYPE "ModerationActionKind" ADD VALUE 'begin_session';
ALTER TYPE "ModerationActionKind" ADD VALUE 'end_session';

-- CreateEnum
CREATE TYPE "SessionPhase" AS ENUM ('check_in', 'sharing', 'check_out');

-- CreateTable
CREATE TABLE "GroupSession" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "roomId" UUID NOT NULL,
    "theme" VARCHAR(200) NOT NULL,
    "firstStartsAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "weekly" BOOLEAN NOT NULL DEFAULT false,
    "timeZone" VARCHAR(64) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "GroupSession_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SessionFacilitator" (
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "SessionFacilitator_pkey" PRIMARY KEY ("sessionId","userId")
);

CREATE TABLE "SessionOccurrence" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionId" UUID NOT NULL,
    "roomId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "openedAt" TIMESTAMPTZ(3),
    "openedById" UUID,
    "phase" "SessionPhase" NOT NULL DEFAULT 'check_in',
    "pausedAt" TIMESTAMPTZ(3),
    "floorUserId" UUID,
    "closedAt" TIMESTAMPTZ(3),
    "remindedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SessionOccurrence_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SessionFollow" (
    "userId" UUID NOT NULL,
    "roomId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionFollow_pkey" PRIMARY KEY ("userId","roomId")
);

CREATE TABLE "PushSubscription" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "endpoint" VARCHAR(1000) NOT NULL,
    "p256dh" VARCHAR(200) NOT NULL,
    "auth" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PushSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GroupSession_roomId_idx" ON "GroupSession"("roomId");
CREATE INDEX "SessionFacilitator_userId_idx" ON "SessionFacilitator"("userId");
CREATE UNIQUE INDEX "SessionOccurrence_sessionId_startsAt_key" ON "SessionOccurrence"("sessionId", "startsAt");
CREATE INDEX "SessionOccurrence_roomId_endsAt_idx" ON "SessionOccurrence"("roomId", "endsAt");
CREATE INDEX "SessionOccurrence_startsAt_idx" ON "SessionOccurrence"("startsAt");
CREATE INDEX "SessionFollow_roomId_idx" ON "SessionFollow"("roomId");
CREATE UNIQUE INDEX "PushSubscription_endpoint_key" ON "PushSubscription"("endpoint");
CREATE INDEX "PushSubscription_userId_idx" ON "PushSubscription"("userId");

-- AddForeignKey
ALTER TABLE "GroupSession" ADD CONSTRAINT "GroupSession_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GroupSession" ADD CONSTRAINT "GroupSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SessionFacilitator" ADD CONSTRAINT "SessionFacilitator_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "GroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionFacilitator" ADD CONSTRAINT "SessionFacilitator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionOccurrence" ADD CONSTRAINT "SessionOccurrence_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "GroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionOccurrence" ADD CONSTRAINT "SessionOccurrence_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionOccurrence" ADD CONSTRAINT "SessionOccurrence_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SessionOccurrence" ADD CONSTRAINT "SessionOccurrence_floorUserId_fkey" FOREIGN KEY ("floorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SessionFollow" ADD CONSTRAINT "SessionFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionFollow" ADD CONSTRAINT "SessionFollow_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PushSubscription" ADD CONSTRAINT "PushSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
