import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { BlockedList } from "@/components/settings/blocked-list";
import { SignOutEverywhere } from "@/components/settings/sign-out-everywhere";
import { currentMember } from "@/lib/server/auth/current-member";
import { listBlocks } from "@/lib/server/services/blocks/list-blocks";
import { listMyReports } from "@/lib/server/services/moderation/list-my-reports";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/settings");
  const { blocked } = await listBlocks(member);
  const reports = await listMyReports(member);
  const outcome = {
    open: "Waiting for a moderator",
    actioned: "A moderator reviewed this and took action",
    dismissed: "A moderator reviewed this; no action was needed",
  };
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <section aria-labelledby="password-heading" className="flex max-w-md flex-col gap-4">
        <h2 id="password-heading" className="text-xl font-semibold">
          Change your password
        </h2>
        <p className="text-muted">Changing it signs out every other device where you are signed in.</p>
        <ChangePasswordForm pseudonym={member.pseudonym} />
      </section>
      <section aria-labelledby="sessions-heading" className="flex max-w-md flex-col gap-4">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          Where you are signed in
        </h2>
        <p className="text-muted">
          Signed in on a shared or lost device? Signing out everywhere ends every session at once, this one
          too, and closes any open rooms.
        </p>
        <SignOutEverywhere />
      </section>
      <section aria-labelledby="blocks-heading" className="flex max-w-md flex-col gap-4">
        <h2 id="blocks-heading" className="text-xl font-semibold">
          People you blocked
        </h2>
        <p className="text-muted">
          You don&apos;t see each other&apos;s messages or typing. They are not told.
        </p>
        <BlockedList initial={blocked} />
      </section>
      <section aria-labelledby="reports-heading" className="flex max-w-md flex-col gap-4">
        <h2 id="reports-heading" className="text-xl font-semibold">
          Your reports
        </h2>
        {reports.length === 0 ? (
          <p className="text-muted">You haven&apos;t reported anything.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {reports.map((report) => (
              <li key={report.id} className="rounded-xl border border-line bg-surface px-4 py-2">
                <p className="text-sm text-muted">
                  {report.room}, {new Date(report.createdAt).toLocaleDateString()}
                </p>
                <p>{outcome[report.status]}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
