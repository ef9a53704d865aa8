"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { hearthSocket } from "@/lib/client/socket";
import { useReasonedAction } from "@/lib/client/use-reasoned-action";
import { CareTrailView } from "@/components/care/care-trail-view";
import { CheckInPrivately } from "@/components/checkins/check-in-privately";
import { useCareOpened } from "@/lib/client/use-care-looks";
import { HandOver } from "@/components/moderation/hand-over";
import type { QueueContextLine, QueueItem } from "@/lib/shared/moderation-types";

const reasonLabels: Record<string, string> = {
  harassment: "Harassment",
  hate: "Hate",
  self_harm_risk: "Self-harm risk",
  spam: "Spam",
  private_information: "Sharing private information",
  other: "Other",
};
const automaticLabels: Record<string, string> = {
  crisis_detection: "words that suggest the person may be in danger",
  watched_word: "watched words",
  pile_on: "several members turned on one person",
  newcomer_hold: "waiting for a moderator's approval",
};
const awaitingLabels: Record<NonNullable<QueueItem["awaitingApproval"]>, string> = {
  careful_room: "a new member's message in a careful room",
  link: "a link from a new account",
  watched_word: "watched words in a new member's message",
};

/** Why a line is covered, in the words a reader would see, or null when it is not. */
function coverLabel(line: { contentWarning: string | null; needsCare: boolean }): string | null {
  const labels = [
    line.contentWarning && `content warning: ${line.contentWarning}`,
    line.needsCare && "shared something painful",
  ].filter(Boolean);
  return labels.length > 0 ? labels.join("; ") : null;
}

/** A line of context: content-warned or painful words stay covered, with their label, until opened. */
function ContextLine({ line }: { line: QueueContextLine }) {
  const [opened, setOpened] = useState(false);
  const label = coverLabel(line);
  return (
    <>
      <span className="font-semibold">{line.author}: </span>
      {label && !opened && !line.isReported ? (
        <span className="inline-flex flex-wrap items-center gap-2">
          <span className="italic">Covered ({label})</span>
          <button
            type="button"
            onClick={() => setOpened(true)}
            className="min-h-9 rounded-xl border border-line px-2 text-sm"
          >
            Show {line.author}&apos;s message
          </button>
        </span>
      ) : (
        <>
          {label && <span className="mr-1 text-sm text-muted">({label})</span>}
          <span className="whitespace-pre-wrap">{line.body}</span>
        </>
      )}
    </>
  );
}

/**
 * What an item is, as its labels say: a newcomer's message held for approval, a message people
 * reported, or one the system flagged by itself (nobody reported it).
 */
function kindOf(item: QueueItem): "held" | "reported" | "flagged" {
  if (item.awaitingApproval) return "held";
  return item.reportedBy > 0 ? "reported" : "flagged";
}

const itemNames: Record<ReturnType<typeof kindOf>, (item: QueueItem) => string> = {
  held: (item) => `Message from ${item.author.pseudonym} waiting in ${item.room.name}`,
  reported: (item) => `Report about ${item.author.pseudonym} in ${item.room.name}`,
  flagged: (item) => `Flagged message from ${item.author.pseudonym} in ${item.room.name}`,
};

const historyLabels: Record<string, string> = {
  warn_member: "warned",
  mute_member: "muted",
  remove_member: "removed",
  hide_message: "message hidden",
};

/** The open reports, refreshed the moment a new one arrives. */
export function ModerationQueue({ items }: { items: QueueItem[] }) {
  const router = useRouter();
  useEffect(() => {
    const socket = hearthSocket();
    const refresh = () => router.refresh();
    socket.on("report:new", refresh);
    socket.on("attention:changed", refresh);
    if (!socket.connected) socket.connect();
    return () => {
      socket.off("report:new", refresh);
      socket.off("attention:changed", refresh);
    };
  }, [router]);

  if (items.length === 0)
    return <p className="text-muted">Nothing is waiting for a moderator. Thank you for keeping watch.</p>;
  return (
    <ol aria-label="Waiting for a moderator" className="flex flex-col gap-4">
      {items.map((item) => (
        <li key={item.messageId}>
          <QueueEntry item={item} />
        </li>
      ))}
    </ol>
  );
}

/** One item; `startOpen` on the care item's own page, where the moderator came to see it. */
export function QueueEntry({ item, startOpen = false }: { item: QueueItem; startOpen?: boolean }) {
  const [opened, setOpened] = useState(startOpen);
  // Showing the message is the moderator's first look at a care item.
  useCareOpened(item.care?.itemId, opened);
  const kind = kindOf(item);
  const cover = coverLabel(item);
  // No message on success: the refreshed queue no longer lists the item.
  const { reason, setReason, pending: busy, outcome, act } = useReasonedAction("/api/mod/actions");
  const [customMinutes, setCustomMinutes] = useState(120);
  const onMember = { roomId: item.room.id, userId: item.author.id };

  return (
    <article
      aria-label={itemNames[kind](item)}
      className={`flex flex-col gap-3 rounded-2xl border bg-surface p-4 ${item.selfHarmRisk || item.pileOn ? "border-caution" : "border-line"}`}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">
          {item.selfHarmRisk && (
            <span className="mr-2 rounded-md bg-caution-soft px-2 py-0.5 text-caution">Self-harm risk</span>
          )}
          {item.pileOn && (
            <span className="mr-2 rounded-md bg-caution-soft px-2 py-0.5 text-caution">Pile-on</span>
          )}
          {item.awaitingApproval && (
            <span className="mr-2 rounded-md bg-accent-soft px-2 py-0.5">Waiting for approval</span>
          )}
          {item.author.pseudonym} in {item.room.name}
        </h2>
        <p className="text-sm text-muted">
          {item.reportedBy === 0
            ? "Nobody has reported it"
            : `Reported by ${item.reportedBy} ${item.reportedBy === 1 ? "person" : "people"}: ${Object.entries(
                item.reasons,
              )
                .map(([key, count]) => `${reasonLabels[key] ?? key}${count > 1 ? ` × ${count}` : ""}`)
                .join(", ")}`}
          {item.heldForReview ? " · held back from the room" : ""}
          {item.assignedTo ? ` · handed to ${item.assignedTo.pseudonym}` : ""}
        </p>
      </header>
      {item.care && <CareTrailView trail={item.care} />}
      {item.automatic.length > 0 && (
        <section aria-label="Detected automatically" className="flex flex-col gap-1 text-sm">
          {item.automatic.map((flag) => (
            <div key={flag.source}>
              <p className="font-medium">Detected automatically: {automaticLabels[flag.source]}</p>
              {flag.matched.length > 0 && (
                <ul className="list-disc pl-6 text-muted">
                  {flag.matched.map((matched, index) => (
                    <li key={index}>{matched}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}
      {item.details.length > 0 && (
        <ul aria-label="What people said" className="list-disc pl-6 text-sm">
          {item.details.map((detail, index) => (
            <li key={index}>{detail}</li>
          ))}
        </ul>
      )}
      {opened ? (
        <ol aria-label="The message in context" className="flex flex-col gap-1 rounded-xl bg-canvas p-3">
          {item.context.map((line) => (
            <li
              key={line.id}
              className={line.isReported ? "rounded-lg bg-caution-soft p-2" : "p-2 text-muted"}
            >
              <ContextLine line={line} />
            </li>
          ))}
        </ol>
      ) : (
        <button
          type="button"
          onClick={() => setOpened(true)}
          className="min-h-11 self-start rounded-xl border border-line px-3"
        >
          {`Show the ${kind} message${cover ? ` (${cover})` : ""}`}
        </button>
      )}
      {item.awaitingApproval && (
        <p className="text-sm">
          Only {item.author.pseudonym} sees this message until you decide (
          {awaitingLabels[item.awaitingApproval]}). Approving shares it with the room; declining keeps it back
          and tells them kindly.
        </p>
      )}
      {(item.selfHarmRisk || item.needsCare) && <CheckInPrivately item={item} />}
      <HandOver item={item} />
      <p className="text-sm">
        {item.authorHistory.length === 0
          ? `No earlier moderation for ${item.author.pseudonym} in this room.`
          : `Earlier in this room: ${item.authorHistory.map((entry) => `${historyLabels[entry.kind] ?? entry.kind} ${new Date(entry.at).toLocaleDateString()}`).join("; ")}.`}
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor={`reason-${item.messageId}`} className="font-medium">
          Reason
        </label>
        <textarea
          id={`reason-${item.messageId}`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={2}
          maxLength={500}
          className="rounded-xl border border-line bg-canvas p-2"
        />
      </div>
      {outcome && !outcome.ok && (
        <p role="alert" className="text-caution">
          {outcome.text}
        </p>
      )}
      {item.awaitingApproval && (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={busy}
            onClick={() => act({ action: "approve_message", messageId: item.messageId })}
            className="min-h-11 rounded-xl bg-accent px-3 text-accent-ink"
          >
            Approve
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => act({ action: "decline_message", messageId: item.messageId })}
            className="min-h-11 rounded-xl border border-line px-3"
          >
            Decline (needs a reason)
          </button>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => act({ action: "hide_message", messageId: item.messageId })}
          className="min-h-11 rounded-xl bg-accent px-3 text-accent-ink"
        >
          Hide message
        </button>
        {/* A held message is approved or declined: dismissing its hold would leave it waiting unseen. */}
        {(kind !== "held" || item.reportedBy > 0) && (
          <button
            type="button"
            disabled={busy}
            onClick={() => act({ action: "dismiss_reports", messageId: item.messageId })}
            className="min-h-11 rounded-xl border border-line px-3"
          >
            {item.reportedBy > 0 ? "Dismiss the reports" : "Dismiss the flag"}
          </button>
        )}
        <button
          type="button"
          disabled={busy}
          onClick={() => act({ action: "warn", ...onMember })}
          className="min-h-11 rounded-xl border border-line px-3"
        >
          Warn {item.author.pseudonym}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => act({ action: "mute", ...onMember, minutes: 10 })}
          className="min-h-11 rounded-xl border border-line px-3"
        >
          Mute for 10 minutes
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => act({ action: "mute", ...onMember, minutes: 60 })}
          className="min-h-11 rounded-xl border border-line px-3"
        >
          Mute for 1 hour
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => act({ action: "mute", ...onMember, minutes: 24 * 60 })}
          className="min-h-11 rounded-xl border border-line px-3"
        >
          Mute for 24 hours
        </button>
        <span className="flex items-center gap-1">
          <label className="flex items-center gap-1 text-sm">
            Custom mute (minutes)
            <input
              type="number"
              min={1}
              max={10080}
              value={customMinutes}
              onChange={(event) => setCustomMinutes(Number(event.target.value))}
              className="min-h-11 w-24 rounded-xl border border-line bg-canvas px-2"
            />
          </label>
          <button
            type="button"
            disabled={busy}
            onClick={() => act({ action: "mute", ...onMember, minutes: customMinutes })}
            className="min-h-11 rounded-xl border border-line px-3"
          >
            Mute
          </button>
        </span>
        <button
          type="button"
          disabled={busy}
          onClick={() => act({ action: "remove", ...onMember })}
          className="min-h-11 rounded-xl border border-line px-3"
        >
          Remove from room
        </button>
      </div>
    </article>
  );
}
