-- Crisis care: a message whose words suggest its author may be in danger is covered for other
-- readers; the report the system files keeps the rules that matched.

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "crisisFlaggedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "evidence" JSONB;
