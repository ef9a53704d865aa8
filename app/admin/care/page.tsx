import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CareFiguresTable } from "@/components/care/care-figures-table";
import { currentMember } from "@/lib/server/auth/current-member";
import { canAdminister } from "@/lib/server/policies/moderation-policies";
import { careFigures } from "@/lib/server/services/care/care-figures";

export const metadata: Metadata = { title: "Care figures" };

export default async function CareFiguresPage() {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/admin/care");
  const figures = canAdminister(member).allowed ? await careFigures(member) : null;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Care figures</h1>
        <p className="text-muted">
          How long people who may need care waited for a moderator. Times run from a crisis message to the
          first moderator who opened it, and to a moderator&apos;s first words in a private check-in. An item
          waited too long when nobody opened it within 15 minutes (a crisis message, a request for a check-in,
          or a pile-on). Alerts count each push to a moderator&apos;s device: sent, accepted by the push
          service, or failed (after retries, or the device is gone). Nobody is named here.
        </p>
        <p className="text-sm">
          <Link href="/admin" className="underline">
            Back to admin
          </Link>
        </p>
      </div>
      {figures ? (
        figures.windows.map((window) => <CareFiguresTable key={window.days} {...window} />)
      ) : (
        <p>This page is for Hearth&apos;s admins.</p>
      )}
    </div>
  );
}
