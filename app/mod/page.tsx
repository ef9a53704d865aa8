import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ModerationQueue } from "@/components/moderation/moderation-queue";
import { currentMember } from "@/lib/server/auth/current-member";
import { listModerationQueue } from "@/lib/server/services/moderation/list-queue";

export const metadata: Metadata = { title: "Moderation" };

export default async function ModerationPage() {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/mod");
  const queue = await listModerationQueue(member);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Moderation</h1>
        <p className="text-muted">
          Open reports for the rooms you moderate. Self-harm risk comes first, then the oldest. Every action
          needs a reason and is{" "}
          <Link href="/mod/log" className="underline">
            logged
          </Link>
          .
        </p>
      </div>
      {queue.moderates ? (
        <ModerationQueue items={queue.items} />
      ) : (
        <p>You don&apos;t moderate any rooms. This page is for moderators.</p>
      )}
    </div>
  );
}
