import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ModerationQueue } from "@/components/moderation/moderation-queue";
import { currentMember } from "@/lib/server/auth/current-member";
import { AppealReview } from "@/components/moderation/appeal-review";
import { DutyPanel } from "@/components/moderation/duty-panel";
import { dutyRoster, myShift } from "@/lib/server/services/duty/on-duty";
import { listAppealsToReview } from "@/lib/server/services/appeals/list-appeals";
import { listCheckIns } from "@/lib/server/services/check-ins/list-check-ins";
import { listModerationQueue } from "@/lib/server/services/moderation/list-queue";

export const metadata: Metadata = { title: "Moderation" };

export default async function ModerationPage() {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/mod");
  const queue = await listModerationQueue(member);
  const waiting = queue.moderates
    ? (await listCheckIns(member)).moderating.filter((checkIn) => checkIn.awaitingModerator)
    : [];
  const appeals = queue.moderates ? await listAppealsToReview(member) : [];
  const shift = queue.moderates ? await myShift(member) : null;
  const covering = queue.moderates ? await dutyRoster(member) : [];
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Moderation</h1>
        <p className="text-muted">
          What waits for a moderator in the rooms you moderate: reported, flagged and held messages. Self-harm
          risk comes first, then the oldest. Every action needs a reason and is{" "}
          <Link href="/mod/log" className="underline">
            logged
          </Link>
          .{" "}
          <Link href="/check-ins" className="underline">
            Private check-ins
          </Link>{" "}
          are listed on their own page.
        </p>
      </div>
      {queue.moderates && <DutyPanel shift={shift} covering={covering} />}
      {queue.moderates && (
        <p>
          <Link href="/mod/alerts" className="underline">
            Care alerts
          </Link>
          : a notification on your devices when someone in your rooms may need care and no moderator on duty
          can be reached.
        </p>
      )}
      {waiting.length > 0 && (
        <section aria-labelledby="waiting-heading" className="flex flex-col gap-2">
          <h2 id="waiting-heading" className="text-xl font-semibold">
            Check-ins waiting for a moderator
          </h2>
          <ul className="flex flex-col gap-2">
            {waiting.map((checkIn) => (
              <li key={checkIn.id} className="rounded-2xl border border-caution bg-surface p-3">
                <Link href={`/check-ins/${checkIn.id}`} className="font-medium underline">
                  {checkIn.member.pseudonym} in {checkIn.room.name}
                </Link>
                <p className="text-sm text-muted">
                  {checkIn.requestedByMember && checkIn.messages.length === 1
                    ? "Asked for a moderator to check in"
                    : "Wrote back"}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {appeals.length > 0 && (
        <section aria-labelledby="appeals-heading" className="flex flex-col gap-2">
          <h2 id="appeals-heading" className="text-xl font-semibold">
            Appeals to review
          </h2>
          <p className="text-sm text-muted">
            Members asking for a second look at a moderator&apos;s action. You see the appeals that are yours
            to decide: never about your own actions, and an admin&apos;s decision or a moderator&apos;s appeal
            only if you are an admin.
          </p>
          {appeals.map((appeal) => (
            <AppealReview key={appeal.id} appeal={appeal} />
          ))}
        </section>
      )}
      {queue.moderates ? (
        <ModerationQueue items={queue.items} />
      ) : (
        <p>You don&apos;t moderate any rooms. This page is for moderators.</p>
      )}
    </div>
  );
}
