import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { AuthenticatorAppSettings } from "@/components/settings/authenticator-app-settings";
import { BlockedList } from "@/components/settings/blocked-list";
import { SignOutEverywhere } from "@/components/settings/sign-out-everywhere";
import { CrisisRegionForm } from "@/components/settings/crisis-region-form";
import { MyData } from "@/components/settings/my-data";
import { MutedList } from "@/components/settings/muted-list";
import { PasskeyList } from "@/components/settings/passkey-list";
import { ReadingFiltersForm } from "@/components/settings/reading-filters-form";
import { currentMember } from "@/lib/server/auth/current-member";
import { appIsOn } from "@/lib/server/services/accounts/authenticator-app-settings";
import { chosenCrisisRegion } from "@/lib/server/services/accounts/crisis-region";
import { listBlocks } from "@/lib/server/services/blocks/list-blocks";
import { listPersonalMutes } from "@/lib/server/services/reading/personal-mutes";
import { readingFiltersOf } from "@/lib/server/services/reading/reading-filters";
import { listMyReports } from "@/lib/server/services/moderation/list-my-reports";
import { listPasskeys } from "@/lib/server/services/passkeys/list-passkeys";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/settings");
  const { blocked } = await listBlocks(member);
  const reports = await listMyReports(member);
  const crisisRegion = await chosenCrisisRegion(member);
  const readingFilters = await readingFiltersOf(member);
  const muted = await listPersonalMutes(member);
  const appOn = await appIsOn(member);
  const passkeys = await listPasskeys(member);
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
      <section aria-labelledby="second-step-heading" className="flex max-w-md flex-col gap-4">
        <h2 id="second-step-heading" className="text-xl font-semibold">
          A second step at sign-in
        </h2>
        <p className="text-muted">
          With an authenticator app, someone who learns your password still can&apos;t sign in as you: Hearth
          also asks for the 6-digit code your phone shows.
        </p>
        <AuthenticatorAppSettings on={appOn} />
      </section>
      <section aria-labelledby="passkeys-heading" className="flex max-w-md flex-col gap-4">
        <h2 id="passkeys-heading" className="text-xl font-semibold">
          Passkeys
        </h2>
        <p className="text-muted">
          A passkey lets you sign in with your device&apos;s own lock (your face, a fingerprint or its PIN)
          instead of typing your password. It stays on your device; Hearth keeps only a key that can check it,
          and learns nothing about you. Your password still works too; once you have a passkey, signing in
          with your password also asks for it (or your recovery code), so a password alone no longer opens
          your account.
        </p>
        <PasskeyList initial={passkeys} />
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
      <section aria-labelledby="crisis-region-heading" className="flex max-w-md flex-col gap-4">
        <h2 id="crisis-region-heading" className="text-xl font-semibold">
          Crisis lines
        </h2>
        <p className="text-muted">
          When you need help now, Hearth shows the crisis lines of the country you choose here.
        </p>
        <CrisisRegionForm chosen={crisisRegion} />
      </section>
      <section aria-labelledby="reading-heading" className="flex max-w-md flex-col gap-4">
        <h2 id="reading-heading" className="text-xl font-semibold">
          What you keep covered
        </h2>
        <p className="text-muted">
          Covered messages wait behind a note until you choose to open them. This changes only what you see.
        </p>
        <ReadingFiltersForm initial={readingFilters} />
      </section>
      <section aria-labelledby="muted-heading" className="flex max-w-md flex-col gap-4">
        <h2 id="muted-heading" className="text-xl font-semibold">
          People you muted
        </h2>
        <p className="text-muted">
          Their messages are hidden for you. They are not told, and they still see yours.
        </p>
        <MutedList initial={muted} />
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
      <section aria-labelledby="check-ins-heading" className="flex max-w-md flex-col gap-2">
        <h2 id="check-ins-heading" className="text-xl font-semibold">
          Private check-ins
        </h2>
        <p className="text-muted">
          Conversations with a room&apos;s moderators, only between you and them.{" "}
          <Link href="/check-ins" className="underline">
            Your check-ins
          </Link>
        </p>
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
      <section aria-labelledby="data-heading" className="flex max-w-md flex-col gap-4">
        <h2 id="data-heading" className="text-xl font-semibold">
          Your data
        </h2>
        <MyData />
      </section>
    </div>
  );
}
