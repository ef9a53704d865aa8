-- When a message last changed (edited, deleted, hidden, held back or let through): a reader who
-- was away learns of changes to messages it already holds (room:join `changedSince`). Set by a
-- trigger on every update, so no path that changes a message can forget it.

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "changedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Message_roomId_changedAt_idx" ON "Message"("roomId", "changedAt");

-- Trigger
CREATE FUNCTION "hearth_message_changed"() RETURNS trigger AS $$
BEGIN
  NEW."changedAt" := now();
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Message_changedAt" BEFORE UPDATE ON "Message"
  FOR EACH ROW EXECUTE FUNCTION "hearth_message_changed"();
