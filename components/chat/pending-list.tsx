"use client";
import type { PendingMessage } from "@/lib/client/pending-messages";

/**
 * Messages on their way: waiting for the connection, "Sending…" until the server has stored them,
 * or what went wrong and a retry.
 */
export function PendingList({
  pending,
  onRetry,
  onDiscard,
}: {
  pending: PendingMessage[];
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}) {
  if (pending.length === 0) return null;
  return (
    <ul aria-label="Messages being sent" className="flex flex-col gap-2">
      {pending.map((message) => (
        <li key={message.clientId} className="rounded-2xl border border-dashed border-line bg-surface p-3">
          <p className="whitespace-pre-wrap opacity-80">{message.body}</p>
          {message.state === "waiting" ? (
            <p className="text-sm text-muted">Will send when connected</p>
          ) : message.state === "sending" ? (
            <p className="text-sm text-muted">Sending…</p>
          ) : message.state === "held" ? (
            <p className="text-sm text-muted">
              Hearth is busy, so this is not sent yet. It will try again by itself in a moment; your words
              stay here.
            </p>
          ) : (
            <div role="alert" className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <span className="text-caution">Not sent. {message.error}</span>
              <button
                type="button"
                onClick={() => onRetry(message.clientId)}
                className="min-h-9 rounded-xl border border-line px-3"
              >
                Try again
              </button>
              <button
                type="button"
                onClick={() => onDiscard(message.clientId)}
                className="min-h-9 rounded-xl px-3 text-muted"
              >
                Discard
              </button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
