-- Pile-ons: several members aiming reported or flagged messages at one member within minutes
-- become a report the system files itself, and a private note to the person targeted.

-- AlterEnum
ALTER TYPE "ReportSource" ADD VALUE 'pile_on';
ALTER TYPE "NoticeKind" ADD VALUE 'care_note';
