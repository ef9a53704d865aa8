import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentMember } from "@/lib/server/auth/current-member";
import { listCheckIns } from "@/lib/server/services/check-ins/list-check-ins";
import type { WireCheckIn } from "@/lib/shared/check-in-types";

export const metadata: Metadata = { title: "Check-ins" };

function CheckInLink({ checkIn, title, note }: { checkIn: WireCheckIn; title: string; note?: string }) {
  const last = checkIn.messages.at(-1);
  return (
    <li className="rounded-2xl border border-line bg-surface p-4">
      <Link href={`/check-ins/${checkIn.id}`} className="font-semibold underline">
        {title}
      </Link>
      <p className="text-sm text-muted">
        {checkIn.status === "closed" ? "Closed" : (note ?? "Open")} · last words{" "}
        {new Date(checkIn.lastActivityAt).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}
      </p>
      {last && <p className="mt-1 line-clamp-2 text-sm">{last.body}</p>}
    </li>
  );
}

export default async function CheckInsPage() {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/check-ins");
  const { mine, moderating } = await listCheckIns(member);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Check-ins</h1>
        <p className="text-muted">
          Private conversations between a person and a room&apos;s moderators. Nobody else can read them.
        </p>
      </div>
      <section aria-labelledby="mine-heading" className="flex flex-col gap-3">
        <h2 id="mine-heading" className="text-xl font-semibold">
          With you
        </h2>
        {mine.length === 0 ? (
          <p className="text-muted">
            None yet. If you would like a moderator to check in with you, you can ask from the card that
            appears in a room, or write to them here whenever you need.
          </p>
        ) : (
          <ul className="flex flex-col gap-3">
            {mine.map((checkIn) => (
              <CheckInLink
                key={checkIn.id}
                checkIn={checkIn}
                title={`With the moderators of ${checkIn.room.name}`}
                note={checkIn.memberUnread ? "A moderator wrote to you" : undefined}
              />
            ))}
          </ul>
        )}
      </section>
      {moderating.length > 0 && (
        <section aria-labelledby="moderating-heading" className="flex flex-col gap-3">
          <h2 id="moderating-heading" className="text-xl font-semibold">
            In rooms you moderate
          </h2>
          <ul className="flex flex-col gap-3">
            {moderating.map((checkIn) => (
              <CheckInLink
                key={checkIn.id}
                checkIn={checkIn}
                title={`${checkIn.member.pseudonym} in ${checkIn.room.name}`}
                note={checkIn.awaitingModerator ? "Waiting for a moderator" : undefined}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
