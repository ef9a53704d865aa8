import { MessagePreview } from "@/components/chat/message-preview";
import type { WireMessage } from "@/lib/shared/chat-types";
import { filtersMatched, type ReadingFilters } from "@/lib/shared/reading-filters";

/**
 * While the room's socket is still joining: a status line and the latest messages, read-only.
 * What the live room would cover stays covered here, and people this reader muted are left out.
 */
export function OpeningRoom({
  messages,
  viewerId,
  filters,
  isMuted,
}: {
  messages: WireMessage[];
  viewerId: string;
  filters: ReadingFilters;
  isMuted: (userId: string) => boolean;
}) {
  return (
    <div className="flex flex-col gap-3">
      <p role="status" className="flex items-center gap-2 text-muted">
        <span aria-hidden="true" className="inline-block size-3 animate-pulse rounded-full bg-accent" />
        Opening the room… You can start reading below.
      </p>
      {/* Rendered on the server, so reading starts before the scripts have arrived. */}
      <ol aria-label="Recent messages" className="flex flex-col gap-2">
        {messages
          .filter((message) => !isMuted(message.author.id))
          .map((message) => (
            <li key={message.id}>
              <MessagePreview
                message={message}
                mine={message.author.id === viewerId}
                covered={
                  message.author.id !== viewerId &&
                  (message.needsCare ||
                    message.contentWarning !== null ||
                    filtersMatched(message, filters).length > 0)
                }
              />
            </li>
          ))}
      </ol>
    </div>
  );
}
