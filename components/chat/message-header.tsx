import type { WireMessage } from "@/lib/shared/chat-types";

/** Who wrote a message and when, and what became of it since: edited, or hidden by a moderator. */
export function MessageHeader({
  message,
  mine,
  when,
  byFacilitator,
}: {
  message: WireMessage;
  mine: boolean;
  /** The time it was written, as the reader's clock says it. */
  when: string;
  /** The author facilitates the session running in the room. */
  byFacilitator: boolean;
}) {
  return (
    <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
      <span className="font-semibold text-ink">{mine ? "You" : message.author.pseudonym}</span>
      {byFacilitator && (
        <span className="rounded-full border border-accent px-2 text-xs text-accent">facilitator</span>
      )}
      <time dateTime={message.createdAt} className="text-muted">
        {when}
      </time>
      {message.editedAt && <span className="text-muted">(edited)</span>}
      {message.hidden && mine && (
        <span className="text-caution">Hidden by a moderator; only you can see it.</span>
      )}
    </header>
  );
}
