// A message as the server renders it before the room is live: who, when and what, read-only.
// Covered messages say only that they are covered; the live room lets the reader open them.
import { clockTime } from "@/lib/client/time-words";
import type { WireMessage } from "@/lib/shared/chat-types";

export function MessagePreview({
  message,
  mine,
  covered,
}: {
  message: WireMessage;
  mine: boolean;
  covered: boolean;
}) {
  if (message.deleted || (message.hidden && !mine)) return null;
  return (
    <article className="flex flex-col gap-1 rounded-2xl border border-line bg-surface p-3 wrap-anywhere">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold">{mine ? "You" : message.author.pseudonym}</span>
        {/* The server's clock and the browser's time zone may differ; the live room corrects it. */}
        <time dateTime={message.createdAt} className="text-muted" suppressHydrationWarning>
          {clockTime(new Date(message.createdAt))}
        </time>
      </p>
      {covered ? (
        <p className="text-sm text-muted italic">
          {message.contentWarning ? `Covered: ${message.contentWarning}.` : "Covered until you open it."}
        </p>
      ) : (
        <p className="break-words whitespace-pre-wrap">{message.body}</p>
      )}
    </article>
  );
}
