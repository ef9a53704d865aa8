"use client";
import { useState } from "react";
import { CareTrailView } from "@/components/care/care-trail-view";
import { CheckInPrivately } from "@/components/checkins/check-in-privately";
import { ContextLine } from "@/components/moderation/context-line";
import { HandOver } from "@/components/moderation/hand-over";
import { QueueActions } from "@/components/moderation/queue-actions";
import {
  automaticLabels,
  awaitingLabels,
  coverLabel,
  historyLabels,
  itemNames,
  kindOf,
  reasonLabels,
} from "@/components/moderation/queue-labels";
import { useCareOpened } from "@/lib/client/use-care-looks";
import type { QueueItem } from "@/lib/shared/moderation-types";

/**
 * One item of the moderators' queue: what it is and why it is there, the message in its context
 * (covered until the moderator opens it), and what they can do about it.
 * `startOpen` on the care item's own page, where the moderator came to see it.
 */
export function QueueEntry({ item, startOpen = false }: { item: QueueItem; startOpen?: boolean }) {
  const [opened, setOpened] = useState(startOpen);
  // Showing the message is the moderator's first look at a care item.
  useCareOpened(item.care?.itemId, opened);
  const kind = kindOf(item);
  const cover = coverLabel(item);

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
      <QueueActions item={item} kind={kind} />
    </article>
  );
}
