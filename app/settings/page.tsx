import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { BlockedList } from "@/components/settings/blocked-list";
import { currentMember } from "@/lib/server/auth/current-member";
import { listBlocks } from "@/lib/server/services/blocks/list-blocks";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/settings");
  const { blocked } = await listBlocks(member);
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
      <section aria-labelledby="blocks-heading" className="flex max-w-md flex-col gap-4">
        <h2 id="blocks-heading" className="text-xl font-semibold">
          People you blocked
        </h2>
        <p className="text-muted">You don&apos;t see each other&apos;s messages or typing. They are not told.</p>
        <BlockedList initial={blocked} />
      </section>
    </div>
  );
}
