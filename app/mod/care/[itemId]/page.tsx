import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CareItemOpened } from "@/components/care/care-item-opened";
import { CareTrailView } from "@/components/care/care-trail-view";
import { QueueEntry } from "@/components/moderation/queue-entry";
import { currentMember } from "@/lib/server/auth/current-member";
import { careItemForModerator } from "@/lib/server/services/care/care-trail";
import { listModerationQueue } from "@/lib/server/services/moderation/list-queue";
import type { CareItemKind } from "@/lib/shared/care-types";
import { AppError } from "@/lib/shared/errors";

export const metadata: Metadata = { title: "Someone may need care" };

type Params = { params: Promise<{ itemId: string }> };

const kindWords: Record<CareItemKind, (pseudonym: string) => string> = {
  crisis: (pseudonym) => `${pseudonym} wrote words that suggest they may be in danger.`,
  check_in_request: (pseudonym) => `${pseudonym} asked a moderator to check in with them.`,
  pile_on: (pseudonym) => `Several members turned on ${pseudonym}.`,
};

/** Where a care alert's notification leads, after sign-in: the item, for the room's moderators. */
export default async function CareItemPage({ params }: Params) {
  const { itemId } = await params;
  const member = await currentMember();
  if (!member) redirect(`/signin?callbackUrl=/mod/care/${encodeURIComponent(itemId)}`);
  const item = await careItemForModerator(member, { itemId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "invalid_input"))
      notFound();
    throw error;
  });
  const queue = item.messageId
    ? await listModerationQueue(member, { messageId: BigInt(item.messageId) })
    : null;
  const entry = queue?.items[0];
  const pseudonym = item.member?.pseudonym ?? "A former member";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Someone in {item.room.name} may need care</h1>
        <p>{kindWords[item.trail.kind](pseudonym)}</p>
        <p className="text-sm">
          <Link href="/mod" className="underline">
            All moderation
          </Link>
          {" · "}
          <Link href="/resources" className="underline">
            Crisis lines to share
          </Link>
        </p>
      </div>
      {entry ? (
        // The queue's own entry, opened: its alerts, the message in context, every action.
        <QueueEntry item={entry} startOpen />
      ) : (
        <>
          <CareTrailView trail={item.trail} />
          <CareItemOpened itemId={item.trail.itemId} />
          {item.checkInId ? (
            <p>
              <Link
                href={`/check-ins/${item.checkInId}`}
                className="inline-flex min-h-11 items-center rounded-xl bg-accent px-4 text-accent-ink"
              >
                Open the check-in with {pseudonym}
              </Link>
            </p>
          ) : (
            <p>This has been dealt with: nothing about it waits in the queue now.</p>
          )}
        </>
      )}
    </div>
  );
}
