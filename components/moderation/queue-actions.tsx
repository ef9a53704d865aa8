"use client";
import { useState } from "react";
import type { QueueItemKind } from "@/components/moderation/queue-labels";
import { useReasonedAction } from "@/lib/client/use-reasoned-action";
import type { QueueItem } from "@/lib/shared/moderation-types";

const quietButton = "min-h-11 rounded-xl border border-line px-3";
const mainButton = "min-h-11 rounded-xl bg-accent px-3 text-accent-ink";

const mutePresets = [
  [10, "Mute for 10 minutes"],
  [60, "Mute for 1 hour"],
  [24 * 60, "Mute for 24 hours"],
] as const;

/**
 * What a moderator can do about one queued item, each with the reason they give (it goes to the
 * audit log). No message on success: the refreshed queue no longer lists the item.
 */
export function QueueActions({ item, kind }: { item: QueueItem; kind: QueueItemKind }) {
  const { reason, setReason, pending: busy, outcome, act } = useReasonedAction("/api/mod/actions");
  const [customMinutes, setCustomMinutes] = useState(120);
  const onMember = { roomId: item.room.id, userId: item.author.id };

  return (
    <>
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
            className={mainButton}
          >
            Approve
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => act({ action: "decline_message", messageId: item.messageId })}
            className={quietButton}
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
          className={mainButton}
        >
          Hide message
        </button>
        {/* A held message is approved or declined: dismissing its hold would leave it waiting unseen. */}
        {(kind !== "held" || item.reportedBy > 0) && (
          <button
            type="button"
            disabled={busy}
            onClick={() => act({ action: "dismiss_reports", messageId: item.messageId })}
            className={quietButton}
          >
            {item.reportedBy > 0 ? "Dismiss the reports" : "Dismiss the flag"}
          </button>
        )}
        <button
          type="button"
          disabled={busy}
          onClick={() => act({ action: "warn", ...onMember })}
          className={quietButton}
        >
          Warn {item.author.pseudonym}
        </button>
        {mutePresets.map(([minutes, label]) => (
          <button
            key={minutes}
            type="button"
            disabled={busy}
            onClick={() => act({ action: "mute", ...onMember, minutes })}
            className={quietButton}
          >
            {label}
          </button>
        ))}
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
            className={quietButton}
          >
            Mute
          </button>
        </span>
        <button
          type="button"
          disabled={busy}
          onClick={() => act({ action: "remove", ...onMember })}
          className={quietButton}
        >
          Remove from room
        </button>
      </div>
    </>
  );
}
