import type { PrivateNotices } from "@/components/chat/use-private-notices";

/** Notices meant for this person alone (a warning, a report's outcome), said to be private. */
export function PrivateNoticeList({ notices }: { notices: PrivateNotices["notices"] }) {
  if (notices.length === 0) return null;
  return (
    <section aria-label="Notices for you" className="flex flex-col gap-2">
      {notices.map((notice, index) => (
        <p key={index} className="rounded-xl border border-line bg-surface px-4 py-3">
          {notice.body} <span className="text-sm text-muted">(Only you can see this.)</span>
        </p>
      ))}
    </section>
  );
}
