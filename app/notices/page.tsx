import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NoticeList } from "@/components/notices/notice-list";
import { currentMember } from "@/lib/server/auth/current-member";
import { listNotices } from "@/lib/server/services/notices/list-notices";

export const metadata: Metadata = { title: "Notices" };

export default async function NoticesPage() {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/notices");
  const notices = await listNotices(member);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Notices</h1>
        <p className="text-muted">
          What moderators and Hearth have told you, newest first. Only you can see these. If you think a
          moderator got something wrong, you can ask for a review.
        </p>
      </div>
      <NoticeList initial={notices} />
    </div>
  );
}
