"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Composer } from "@/components/chat/composer";
import { CrisisCareCard } from "@/components/chat/crisis-care-card";
import { JoinPanel } from "@/components/chat/join-panel";
import { MessageItem } from "@/components/chat/message-item";
import { PendingList } from "@/components/chat/pending-list";
import { useRoomChat } from "@/components/chat/use-room-chat";
import type { WireRoom } from "@/lib/shared/chat-types";
import { request } from "@/lib/client/request";
import type { CrisisRegion } from "@/lib/shared/crisis-lines";
import type { ErrorBody } from "@/lib/shared/errors";
import { filtersMatched, type ReadingFilters } from "@/lib/shared/reading-filters";

interface RoomChatProps {
  room: WireRoom;
  viewerId: string;
  standing: "outside" | "member" | "listener";
  hasAcceptedGuidelines: boolean;
  /** Whose crisis lines the care card shows. */
  crisisRegion: CrisisRegion;
  /** This reader's filters and the people whose messages they hide for themselves. */
  reading: { filters: ReadingFilters; mutedIds: string[] };
}

export function RoomChat({
  room: initialRoom,
  viewerId,
  standing,
  hasAcceptedGuidelines,
  crisisRegion,
  reading,
}: RoomChatProps) {
  const [mutedIds, setMutedIds] = useState(() => new Set(reading.mutedIds));
  const [justMuted, setJustMuted] = useState<{ id: string; pseudonym: string } | null>(null);

  async function muteForMe(author: { id: string; pseudonym: string }): Promise<ErrorBody | null> {
    const result = await request("POST", "/api/personal-mutes", { userId: author.id });
    if (!result.ok) return result.error;
    setMutedIds((ids) => new Set([...ids, author.id]));
    setJustMuted(author);
    return null;
  }

  async function undoMute(author: { id: string; pseudonym: string }) {
    const result = await request("DELETE", `/api/personal-mutes/${author.id}`);
    if (!result.ok) return;
    setMutedIds((ids) => new Set([...ids].filter((id) => id !== author.id)));
    setJustMuted(null);
  }

  const router = useRouter();
  const chat = useRoomChat(
    initialRoom.id,
    standing === "outside" ? null : { listenOnly: standing === "listener" },
  );
  const room = chat.room ?? initialRoom;
  // The join answer does not say; a change on the socket does, and wins.
  const moderatorAround = chat.room?.moderatorAround ?? initialRoom.moderatorAround ?? false;
  const [announcement, setAnnouncement] = useState("");
  const lastAnnounced = useRef<string>(undefined);

  // Screen readers hear new messages from others, once each, politely.
  const newest = chat.messages.at(-1);
  useEffect(() => {
    if (!newest || newest.id === lastAnnounced.current) return;
    const first = lastAnnounced.current === undefined;
    lastAnnounced.current = newest.id;
    if (first || newest.author.id === viewerId || newest.deleted) return;
    setAnnouncement(
      newest.contentWarning
        ? `New message from ${newest.author.pseudonym}, with a content warning: ${newest.contentWarning}`
        : `New message from ${newest.author.pseudonym}: ${newest.body}`,
    );
  }, [newest, viewerId]);

  const membership = chat.membership;
  const mutedUntilIso = membership?.mutedUntil ?? null;
  // The composer shows the time left and comes back by itself the moment a mute ends.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!mutedUntilIso) return;
    const first = setTimeout(() => setNow(Date.now()), 0);
    const tick = setInterval(() => setNow(Date.now()), 15_000);
    const end = setTimeout(() => setNow(Date.now()), new Date(mutedUntilIso).getTime() - Date.now() + 250);
    return () => {
      clearTimeout(first);
      clearInterval(tick);
      clearTimeout(end);
    };
  }, [mutedUntilIso]);
  const mutedUntil = mutedUntilIso ? new Date(mutedUntilIso) : null;
  const minutesLeft = mutedUntil ? Math.ceil((mutedUntil.getTime() - now) / 60_000) : 0;
  const disabledReason = !membership
    ? undefined
    : membership.listenOnly
      ? "You are listening only. Choose “Join as a member” above to write."
      : mutedUntil && minutesLeft > 0
        ? `A moderator paused your messages here until ${mutedUntil.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })} (${minutesLeft} min left).`
        : room.locked
          ? "This room is read-only for now."
          : undefined;

  return (
    <div className="flex flex-col gap-4">
      <div role="status" aria-live="polite" className="empty:hidden">
        {chat.connection === "reconnecting" && (
          <p className="rounded-xl border border-caution/40 bg-caution-soft px-4 py-3 text-caution">
            Reconnecting… Your messages are kept and will be sent when the connection is back.
          </p>
        )}
      </div>
      <div aria-live="polite" className="sr-only">
        {announcement}
      </div>

      {!chat.joined ? (
        standing === "outside" || chat.joinError ? (
          <JoinPanel
            room={room}
            needsGuidelines={!hasAcceptedGuidelines}
            error={chat.joinError?.message}
            onJoin={(options) => chat.join(options)}
          />
        ) : (
          <p className="text-muted">Joining…</p>
        )
      ) : (
        <>
          <section
            aria-label="Who is here"
            className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted"
          >
            <p>
              {chat.presence && chat.presence.members.length > 0
                ? `Here now: ${chat.presence.members.map((m) => (m.id === viewerId ? "you" : m.pseudonym)).join(", ")}`
                : "Here now: just you"}
              {chat.presence && chat.presence.listeners > 0 ? ` · ${chat.presence.listeners} listening` : ""}
            </p>
            <div className="flex gap-2">
              <button
                type="button"
                onClick={() => chat.join({ listenOnly: !membership?.listenOnly })}
                className="min-h-9 rounded-xl border border-line px-3"
              >
                {membership?.listenOnly ? "Join as a member" : "Switch to listening"}
              </button>
              <button
                type="button"
                onClick={async () => {
                  await chat.leave();
                  router.push("/rooms");
                }}
                className="min-h-9 rounded-xl border border-line px-3"
              >
                Leave room
              </button>
            </div>
          </section>

          <section aria-label="Conversation" className="flex flex-col gap-2">
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
            {justMuted && (
              <p
                role="status"
                className="flex flex-wrap items-center gap-2 rounded-xl bg-accent-soft p-3 text-sm"
              >
                You muted {justMuted.pseudonym}. Their messages are hidden for you; they are not told.
                <button
                  type="button"
                  onClick={() => void undoMute(justMuted)}
                  className="min-h-9 rounded-xl border border-line bg-surface px-3"
                >
                  Undo
                </button>
              </p>
            )}
            <ol className="flex flex-col gap-2">
              {chat.messages
                .filter((message) => message.author.id === viewerId || !mutedIds.has(message.author.id))
                .map((message) => (
                  <li key={message.id}>
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
                      onMuteForMe={() => muteForMe(message.author)}
                      onReport={(reason, details) => chat.report(message.id, reason, details)}
                      coverCrisis={reading.filters.coverCrisis}
                      coverWarned={reading.filters.coverWarned}
                      filterLabels={
                        message.author.id === viewerId ? [] : filtersMatched(message, reading.filters)
                      }
                    />
                  </li>
                ))}
            </ol>
            <PendingList pending={chat.pending} onRetry={chat.retry} onDiscard={chat.discard} />
            <p aria-live="polite" className="min-h-6 text-sm text-muted">
              {chat.typing.length === 1
                ? `${chat.typing[0]?.pseudonym} is typing…`
                : chat.typing.length > 1
                  ? "Several people are typing…"
                  : ""}
            </p>
          </section>

          {membership && !membership.guidelinesAccepted && !membership.listenOnly && (
            <section
              aria-labelledby="new-guidelines"
              className="flex flex-col gap-2 rounded-2xl border border-accent bg-accent-soft p-4"
            >
              <h2 id="new-guidelines" className="font-semibold">
                The room&apos;s guidelines changed
              </h2>
              <ul className="list-disc pl-6">
                {room.guidelines
                  .split("\n")
                  .filter(Boolean)
                  .map((line) => (
                    <li key={line}>{line}</li>
                  ))}
              </ul>
              <button
                type="button"
                onClick={() => chat.join({ acceptGuidelines: true })}
                className="min-h-11 self-start rounded-xl bg-accent px-4 text-accent-ink"
              >
                I accept the new guidelines
              </button>
            </section>
          )}
          {chat.personal.care && (
            <CrisisCareCard
              roomId={initialRoom.id}
              region={crisisRegion}
              onClose={chat.personal.dismissCare}
            />
          )}
          {chat.personal.notices.length > 0 && (
            <section aria-label="Notices for you" className="flex flex-col gap-2">
              {chat.personal.notices.map((notice, index) => (
                <p key={index} className="rounded-xl border border-line bg-surface px-4 py-3">
                  {notice.body} <span className="text-sm text-muted">(Only you can see this.)</span>
                </p>
              ))}
            </section>
          )}
          {moderatorAround && (
            <p className="flex items-center gap-2 text-sm text-muted">
              <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-accent" />A moderator
              is around.
            </p>
          )}
          {room.slowModeSeconds > 0 && !room.locked && (
            <p role="status" className="text-sm text-muted">
              Slow mode: one message every {room.slowModeSeconds} seconds, so everyone has room to breathe.
            </p>
          )}
          <Composer
            roomId={room.id}
            disabledReason={disabledReason}
            onSend={chat.send}
            onTyping={chat.signalTyping}
          />
        </>
      )}
    </div>
  );
}
