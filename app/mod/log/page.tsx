import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentMember } from "@/lib/server/auth/current-member";
import { listAuditLog } from "@/lib/server/services/moderation/list-audit-log";

export const metadata: Metadata = { title: "Moderation log" };

const kindLabels: Record<string, string> = {
  dismiss_report: "dismissed reports",
  hide_message: "hid a message",
  unhide_message: "showed a message again",
  warn_member: "warned",
  mute_member: "muted",
  unmute_member: "lifted the mute of",
  remove_member: "removed",
  lift_removal: "lifted the removal of",
  set_slow_mode: "set slow mode",
  lock_room: "locked the room",
  unlock_room: "unlocked the room",
  edit_guidelines: "edited the guidelines",
  add_watched_word: "added a watched word",
  remove_watched_word: "removed a watched word",
  grant_admin: "made an admin:",
  appoint_moderator: "appointed as moderator:",
  remove_moderator: "removed as moderator:",
  open_check_in: "started a private check-in with",
  close_check_in: "closed a private check-in with",
  file_appeal: "asked for a review:",
  uphold_appeal: "kept a decision under appeal by",
  reverse_appeal: "reversed a decision under appeal by",
  hand_over_item: "handed an item to",
  schedule_session: "scheduled a session:",
  cancel_session: "cancelled a session:",
  begin_session: "began a session:",
  end_session: "ended a session:",
};

export default async function ModerationLogPage() {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/mod/log");
  const log = await listAuditLog(member);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Moderation log</h1>
        <p className="text-muted">
          Every moderation action: who, what, to whom, why and when. Entries are never changed or removed.{" "}
          <Link href="/mod" className="underline">
            Back to the queue
          </Link>
          .
        </p>
      </div>
      {!log.moderates ? (
        <p>You don&apos;t moderate any rooms. This page is for moderators.</p>
      ) : log.entries.length === 0 ? (
        <p className="text-muted">Nothing has been logged yet.</p>
      ) : (
        <>
          {/* On a phone each entry is a small card; from 640 px up, a table. */}
          <ol aria-label="Moderation actions, newest first" className="flex flex-col gap-2 sm:hidden">
            {log.entries.map((entry) => (
              <li key={entry.id} className="rounded-xl border border-line bg-surface p-3 text-sm">
                <p>
                  <span className="font-semibold">{entry.actor ?? "Hearth (automatic)"}</span>{" "}
                  {kindLabels[entry.kind] ?? entry.kind} {entry.target ?? ""}
                </p>
                <p className="text-muted">
                  {entry.room ?? "whole site"} · {new Date(entry.at).toLocaleString()}
                </p>
                {entry.reason && <p className="break-words">Why: {entry.reason}</p>}
              </li>
            ))}
          </ol>
          <table className="hidden w-full text-left text-sm sm:table">
            <caption className="sr-only">Moderation actions, newest first</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">
                  When
                </th>
                <th scope="col" className="py-2 pr-3">
                  Who
                </th>
                <th scope="col" className="py-2 pr-3">
                  What
                </th>
                <th scope="col" className="py-2 pr-3">
                  Where
                </th>
                <th scope="col" className="py-2">
                  Why
                </th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.id} className="border-b border-line align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">{new Date(entry.at).toLocaleString()}</td>
                  <td className="py-2 pr-3">{entry.actor ?? "Hearth (automatic)"}</td>
                  <td className="py-2 pr-3">
                    {kindLabels[entry.kind] ?? entry.kind} {entry.target ?? ""}
                  </td>
                  <td className="py-2 pr-3">{entry.room ?? "whole site"}</td>
                  <td className="py-2">{entry.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
