import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CareTrailView } from "@/components/care/care-trail-view";
import { CheckInThread } from "@/components/checkins/check-in-thread";
import { currentMember } from "@/lib/server/auth/current-member";
import { careTrailOfCheckIn } from "@/lib/server/services/care/care-trail";
import { readCheckIn } from "@/lib/server/services/check-ins/list-check-ins";
import { AppError } from "@/lib/shared/errors";

export const metadata: Metadata = { title: "Private check-in" };

type Params = { params: Promise<{ checkInId: string }> };

export default async function CheckInPage({ params }: Params) {
  const { checkInId } = await params;
  const member = await currentMember();
  if (!member) redirect(`/signin?callbackUrl=/check-ins/${encodeURIComponent(checkInId)}`);
  const checkIn = await readCheckIn(member, { checkInId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "invalid_input"))
      notFound();
    throw error;
  });
  const isMember = checkIn.member.id === member.userId;
  // Moderators see who was alerted about the member's request, and who opened it first.
  const care = isMember ? null : await careTrailOfCheckIn(checkIn.id);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">
          {isMember
            ? `A private check-in from ${checkIn.room.name}`
            : `Private check-in with ${checkIn.member.pseudonym}`}
        </h1>
        <p className="text-muted">
          {isMember
            ? `Only you and the moderators of ${checkIn.room.name} can read this. Write as much or as little as you like.`
            : `In ${checkIn.room.name}. Only ${checkIn.member.pseudonym} and the room's moderators see this conversation, and it is kept.`}
        </p>
        <p className="text-sm">
          <Link href="/check-ins" className="underline">
            All check-ins
          </Link>
          {" · "}
          <Link href="/resources" className="underline">
            Crisis lines, if you need help right now
          </Link>
        </p>
      </div>
      {care && <CareTrailView trail={care} />}
      <CheckInThread initial={checkIn} viewerId={member.userId} careItemId={care?.itemId} />
    </div>
  );
}
