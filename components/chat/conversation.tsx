import type { Ref } from "react";
import { MessageItem } from "@/components/chat/message-item";
import { PendingList } from "@/components/chat/pending-list";
import type { PersonalMutes } from "@/components/chat/use-personal-mutes";
import type { RoomChat } from "@/components/chat/use-room-chat";
import type { WireMessage } from "@/lib/shared/chat-types";
import { filtersMatched, type ReadingFilters } from "@/lib/shared/reading-filters";

/**
 * The joined room's conversation: earlier messages on request, the messages this reader sees,
 * their own still on the way, and who is typing. `focusRef` takes focus when the person arrives
 * (use-focus-on-arrival.ts); `endRef` marks the newest end for following it (use-follow-newest.ts).
 */
export function Conversation({
  chat,
  visible,
  viewerId,
  mutes,
  filters,
  facilitatorIds,
  focusRef,
  endRef,
}: {
  chat: RoomChat;
  /** The messages this reader sees: all but those of people they muted for themselves. */
  visible: WireMessage[];
  viewerId: string;
  mutes: PersonalMutes;
  filters: ReadingFilters;
  facilitatorIds: Set<string>;
  focusRef: Ref<HTMLElement>;
  endRef: Ref<HTMLDivElement>;
}) {
  return (
    <section ref={focusRef} tabIndex={-1} aria-label="Conversation" className="flex flex-col gap-2">
      {chat.mayHaveEarlier && (
        <button
          type="button"
          onClick={() => chat.loadEarlier()}
          className="min-h-11 self-center rounded-xl border border-line px-4"
        >
          Load earlier messages
        </button>
      )}
      {chat.messages.length === 0 && (
        <p className="text-muted">
          No messages yet. It&apos;s fine to just say hello, or to listen for a while.
        </p>
      )}
      {/* A log, read out by the one grouped announcement above rather than item by item. */}
      {mutes.justMuted && (
        <p role="status" className="flex flex-wrap items-center gap-2 rounded-xl bg-accent-soft p-3 text-sm">
          You muted {mutes.justMuted.pseudonym}. Their messages are hidden for you; they are not told.
          <button
            type="button"
            onClick={() => void mutes.undo()}
            className="min-h-9 rounded-xl border border-line bg-surface px-3"
          >
            Undo
          </button>
        </p>
      )}
      <div role="log" aria-live="off">
        <ol className="flex flex-col gap-2">
          {visible.map((message) => (
            <li key={message.id} id={`message-${message.id}`} className="scroll-mt-4">
              {message.id === chat.firstUnreadId && (
                <p
                  role="separator"
                  className="my-2 border-t border-accent pt-1 text-center text-sm text-accent"
                >
                  New since you were last here
                </p>
              )}
              <MessageItem
                message={message}
                mine={message.author.id === viewerId}
                canReact={chat.connection === "connected"}
                onEdit={(body) => chat.edit(message.id, body)}
                onDelete={() => chat.remove(message.id)}
                onReact={(kind) => void chat.react(message.id, kind)}
                onBlock={() => chat.block(message.author.id)}
                onMuteForMe={() => mutes.mute(message.author)}
                onReport={(reason, details) => chat.report(message.id, reason, details)}
                coverCrisis={filters.coverCrisis}
                coverWarned={filters.coverWarned}
                filterLabels={message.author.id === viewerId ? [] : filtersMatched(message, filters)}
                byFacilitator={facilitatorIds.has(message.author.id)}
              />
            </li>
          ))}
        </ol>
      </div>
      <PendingList pending={chat.pending} onRetry={chat.retry} onDiscard={chat.discard} />
      <p aria-live="polite" className="min-h-6 text-sm text-muted">
        {chat.typing.length === 1
          ? `${chat.typing[0]?.pseudonym} is typing…`
          : chat.typing.length > 1
            ? "Several people are typing…"
            : ""}
      </p>
      <div ref={endRef} aria-hidden="true" />
    </section>
  );
}
