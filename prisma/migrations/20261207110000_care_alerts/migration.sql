-- Care that reaches a person at any hour (docs/decisions/0025): moderators opt in to care
-- alerts on a device, with their rooms and quiet hours; each crisis message, check-in request
-- and pile-on becomes a care item whose alerts (one per person) and pushes (one per device)
-- are rows claimed by one process, so they go out once and survive a restart.

-- CreateEnum
CREATE TYPE "CareItemKind" AS ENUM ('crisis', 'check_in_request', 'pile_on');
CREATE TYPE "CareCircle" AS ENUM ('on_duty', 'room_moderators', 'admins');
CREATE TYPE "CareDeliveryStatus" AS ENUM ('pending', 'accepted', 'failed', 'gone');

-- AlterTable
ALTER TABLE "PushSubscription" ADD COLUMN "careAlerts" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CareAlertSettings" (
    "userId" UUID NOT NULL,
    "allRooms" BOOLEAN NOT NULL DEFAULT true,
    "quietFrom" INTEGER,
    "quietUntil" INTEGER,
    "timeZone" VARCHAR(64) NOT NULL DEFAULT 'UTC',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CareAlertSettings_pkey" PRIMARY KEY ("userId")
);

CREATE TABLE "CareAlertRoom" (
    "userId" UUID NOT NULL,
    "roomId" UUID NOT NULL,

    CONSTRAINT "CareAlertRoom_pkey" PRIMARY KEY ("userId","roomId")
);

CREATE TABLE "CareItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "CareItemKind" NOT NULL,
    "roomId" UUID NOT NULL,
    "memberId" UUID,
    "messageId" BIGINT,
    "checkInId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "circlesTried" INTEGER NOT NULL DEFAULT 0,
    "alertDueAt" TIMESTAMPTZ(3),
    "firstOpenedAt" TIMESTAMPTZ(3),
    "firstOpenedById" UUID,
    "writingAt" TIMESTAMPTZ(3),
    "firstWroteAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CareItem_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CareAlert" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "itemId" UUID NOT NULL,
    "userId" UUID,
    "circle" "CareCircle" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CareAlert_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CareDelivery" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "alertId" UUID NOT NULL,
    "subscriptionId" UUID,
    "status" "CareDeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMPTZ(3),
    "lastStatusCode" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CareDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CareAlertRoom_roomId_idx" ON "CareAlertRoom"("roomId");
-- One crisis item per message (an edit flagged again is the same item), one pile-on item per
-- message named, one check-in request item per check-in.
CREATE UNIQUE INDEX "CareItem_kind_messageId_key" ON "CareItem"("kind", "messageId");
CREATE UNIQUE INDEX "CareItem_checkInId_key" ON "CareItem"("checkInId");
CREATE INDEX "CareItem_alertDueAt_idx" ON "CareItem"("alertDueAt");
CREATE INDEX "CareItem_roomId_createdAt_idx" ON "CareItem"("roomId", "createdAt");
CREATE INDEX "CareItem_memberId_createdAt_idx" ON "CareItem"("memberId", "createdAt");
CREATE INDEX "CareItem_createdAt_idx" ON "CareItem"("createdAt");
-- Each person is alerted about an item once, whichever process and circle.
CREATE UNIQUE INDEX "CareAlert_itemId_userId_key" ON "CareAlert"("itemId", "userId");
CREATE INDEX "CareAlert_userId_idx" ON "CareAlert"("userId");
CREATE UNIQUE INDEX "CareDelivery_alertId_subscriptionId_key" ON "CareDelivery"("alertId", "subscriptionId");
CREATE INDEX "CareDelivery_status_nextAttemptAt_idx" ON "CareDelivery"("status", "nextAttemptAt");
CREATE INDEX "CareDelivery_subscriptionId_idx" ON "CareDelivery"("subscriptionId");

-- AddForeignKey
ALTER TABLE "CareAlertSettings" ADD CONSTRAINT "CareAlertSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CareAlertRoom" ADD CONSTRAINT "CareAlertRoom_userId_fkey" FOREIGN KEY ("userId") REFERENCES "CareAlertSettings"("userId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CareAlertRoom" ADD CONSTRAINT "CareAlertRoom_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CareItem" ADD CONSTRAINT "CareItem_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CareItem" ADD CONSTRAINT "CareItem_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CareItem" ADD CONSTRAINT "CareItem_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CareItem" ADD CONSTRAINT "CareItem_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CareItem" ADD CONSTRAINT "CareItem_firstOpenedById_fkey" FOREIGN KEY ("firstOpenedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CareAlert" ADD CONSTRAINT "CareAlert_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CareItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CareAlert" ADD CONSTRAINT "CareAlert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CareDelivery" ADD CONSTRAINT "CareDelivery_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "CareAlert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CareDelivery" ADD CONSTRAINT "CareDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "PushSubscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;
