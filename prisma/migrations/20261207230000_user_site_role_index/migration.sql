-- The admins are looked up by site role whenever a room's moderators and admins are told of
-- something (a report, a crisis, a care item): without this, every lookup read the whole table.

-- CreateIndex
CREATE INDEX "User_siteRole_idx" ON "User"("siteRole");
