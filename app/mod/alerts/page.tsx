import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CareAlertSettingsForm } from "@/components/care/care-alert-settings-form";
import { currentMember } from "@/lib/server/auth/current-member";
import { careAlertSettings } from "@/lib/server/services/care/care-alert-settings";
import { AppError } from "@/lib/shared/errors";

export const metadata: Metadata = { title: "Care alerts" };

export default async function CareAlertsPage() {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/mod/alerts");
  const settings = await careAlertSettings(member).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "forbidden") return null;
    throw error;
  });
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Care alerts</h1>
        <p>
          When someone in your rooms may need care (words that suggest they may be in danger, a request for a
          check-in, several members turning on one person), Hearth alerts the moderators on duty. When none is
          on duty, or nobody opens it within a few minutes, it alerts the room&apos;s other moderators, then
          the admins.
        </p>
        <p>
          A care alert is a notification on this device: &ldquo;Someone in Evening circle may need
          care&rdquo;. It never shows anyone&apos;s words or name, since a lock screen is public. Opening it
          takes you to the item after you sign in.
        </p>
        <p className="text-sm">
          <Link href="/mod" className="underline">
            Back to moderation
          </Link>
        </p>
      </div>
      {settings ? (
        <CareAlertSettingsForm initial={settings} />
      ) : (
        <p>Care alerts are for moderators. You don&apos;t moderate any rooms.</p>
      )}
    </div>
  );
}
