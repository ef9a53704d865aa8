"use client";
import { CarefulRoomNote } from "@/components/chat/careful-room-note";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Composer } from "@/components/chat/composer";
import { ConnectionStatus } from "@/components/chat/connection-status";
import { CrisisCareCard } from "@/components/chat/crisis-care-card";
import { JoinPanel } from "@/components/chat/join-panel";
import { MessageItem } from "@/components/chat/message-item";
import { MessagePreview } from "@/components/chat/message-preview";
import { PendingList } from "@/components/chat/pending-list";
import { usePersonalMutes } from "@/components/chat/use-personal-mutes";
import { useFollowNewest } from "@/components/chat/use-follow-newest";
import { useRoomChat } from "@/components/chat/use-room-chat";
import { useWatchedRoom } from "@/components/chat/use-watched-room";
import { useRoomSession } from "@/components/sessions/use-room-session";
import { FocusHeading } from "@/components/ui/focus-heading";
import { announcement, toAnnounce } from "@/lib/client/announce-messages";
import type { WireMessage, WireRoom } from "@/lib/shared/chat-types";
import type { CrisisRegion } from "@/lib/shared/crisis-lines";
import { filtersMatched, type ReadingFilters } from "@/lib/shared/reading-filters";
import { PASS_WORDS } from "@/lib/shared/session-types";

// Most rooms have no session scheduled: its panel's code loads only where one is shown.
const SessionPanel = dynamic(() => import("@/components/sessions/session-panel").then((m) => m.SessionPanel));

interface RoomChatProps {
  room: WireRoom;
  viewerId: string;
  standing: "outside" | "member" | "listener";
  hasAcceptedGuidelines: boolean;
  /** Whose crisis lines the care card shows. */
  crisisRegion: CrisisRegion;
  /** This reader's filters and the people whose messages they hide for themselves. */
  reading: { filters: ReadingFilters; mutedIds: string[] };
  /** The latest messages, rendered before the socket has joined (members and listeners only). */
  initialMessages?: WireMessage[];
  /** Someone outside who chose "listen" before signing up or in starts listening at once. */
  listenOnArrival?: boolean;
  /** The viewer may run the room's sessions (one of its moderators, or an admin). */
  hostsSessions?: boolean;
  /** The viewer follows the room's sessions. */
  followingSessions?: boolean;
}

export function RoomChat({
  room: initialRoom,
  viewerId,
  standing,
  hasAcceptedGuidelines,
  crisisRegion,
  listenOnArrival = false,
  initialMessages = [],
  reading,
  hostsSessions = false,
  followingSessions = false,
}: RoomChatProps) {
  const mutes = usePersonalMutes(reading.mutedIds);
  const router = useRouter();
  const autoListen = standing === "outside" && listenOnArrival;
  const chat = useRoomChat(
    initialRoom.id,
    standing === "outside"
      ? autoListen
        ? { listenOnly: true }
        : null
      : { listenOnly: standing === "listener" },
  );
  // Outside the room (not joined, or the join was refused), its changes still reach the page.
  const outside = !chat.joined && ((standing === "outside" && !autoListen) || chat.joinError !== undefined);
  const watchedRoom = useWatchedRoom(initialRoom, outside);
  const room = chat.room ?? watchedRoom;
  // The join answer does not say; a change on the socket does, and wins.
  const moderatorAround = chat.room?.moderatorAround ?? watchedRoom.moderatorAround ?? false;
  const session = chat.room?.session !== undefined ? chat.room.session : (watchedRoom.session ?? null);
  const {
    stage: sessionStage,
    now: sessionNow,
    facilitatorIds,
    holdReason: sessionHoldReason,
  } = useRoomSession(session, { id: viewerId, isModerator: chat.membership?.role === "moderator" });
  // Messages from people this reader muted for themselves are not shown (nor announced) to them.
  const visible = chat.messages.filter(
    (message) => message.author.id === viewerId || !mutes.isMuted(message.author.id),
  );
  const [announced, setAnnounced] = useState("");
  const [askingGuidelines, setAskingGuidelines] = useState(false);
  const announcedThrough = useRef<string>(undefined);

  // Screen readers hear new messages from others once each; messages that arrive together (a
  // burst, or catching up after a lost connection) become one announcement.
  const newestId = visible.at(-1)?.id;
  const messagesRef = useRef(visible);
  useEffect(() => {
    messagesRef.current = visible;
  });
  useEffect(() => {
    if (!chat.joined) return;
    // What was there when the room opened is history, not news.
    if (announcedThrough.current === undefined) {
      announcedThrough.current = newestId ?? "0";
      return;
    }
    if (!newestId) return;
    const timer = setTimeout(() => {
      const fresh = toAnnounce(messagesRef.current, announcedThrough.current ?? "0", viewerId);
      announcedThrough.current = messagesRef.current.at(-1)?.id ?? announcedThrough.current;
      if (fresh.length > 0) setAnnounced(announcement(fresh));
    }, 600);
    return () => clearTimeout(timer);
  }, [chat.joined, newestId, viewerId]);

  const end = useRef<HTMLDivElement>(null);
  const pinned = useRef<HTMLDivElement>(null);
  const follow = useFollowNewest({
    joined: chat.joined,
    messages: visible,
    viewerId,
    firstUnreadId: chat.firstUnreadId,
    end,
    pinned,
  });

  // Focus follows the person into the room when they choose to listen or join.
  const conversation = useRef<HTMLElement>(null);
  const wasJoined = useRef(chat.joined);
  useEffect(() => {
    const arrived = chat.joined && !wasJoined.current;
    wasJoined.current = chat.joined;
    if (arrived && (standing === "outside" || autoListen))
      conversation.current?.focus({ preventScroll: true });
  }, [chat.joined, standing, autoListen]);

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
          : sessionHoldReason;

  return (
    <div className="flex flex-col gap-4">
      <ConnectionStatus connection={chat.connection} />
      <div aria-live="polite" className="sr-only">
        {announced}
      </div>
      {session && sessionStage && (
        <SessionPanel
          roomId={initialRoom.id}
          session={session}
          stage={sessionStage}
          viewerId={viewerId}
          hosts={hostsSessions}
          slowModeOn={room.slowModeSeconds > 0}
          present={(chat.presence?.members ?? []).filter((person) => !facilitatorIds.has(person.id))}
          following={followingSessions}
          mayWrite={Boolean(membership && !membership.listenOnly && !disabledReason)}
          inRoom={Boolean(chat.joined && membership && !membership.listenOnly)}
          onPass={() => chat.send(PASS_WORDS, null)}
          // Beginning brought the viewer into the room as a member (docs/decisions/0024): open it here.
          onBegun={() => {
            if (!chat.joined || membership?.listenOnly) void chat.join({ listenOnly: false });
          }}
          now={sessionNow}
        />
      )}

      {!chat.joined ? (
        (standing === "outside" && !autoListen) || chat.joinError ? (
          <JoinPanel
            room={room}
            needsGuidelines={!hasAcceptedGuidelines}
            error={chat.joinError?.message}
            onJoin={(options) => chat.join(options)}
          />
        ) : (
          <div className="flex flex-col gap-3">
            <p role="status" className="flex items-center gap-2 text-muted">
              <span aria-hidden="true" className="inline-block size-3 animate-pulse rounded-full bg-accent" />
              Opening the room… You can start reading below.
            </p>
            {/* Rendered on the server, so reading starts before the scripts have arrived. */}
            <ol aria-label="Recent messages" className="flex flex-col gap-2">
              {initialMessages
                .filter((message) => !mutes.isMuted(message.author.id))
                .map((message) => (
                  <li key={message.id}>
                    <MessagePreview
                      message={message}
                      mine={message.author.id === viewerId}
                      covered={
                        message.author.id !== viewerId &&
                        (message.needsCare ||
                          message.contentWarning !== null ||
                          filtersMatched(message, reading.filters).length > 0)
                      }
                    />
                  </li>
                ))}
            </ol>
          </div>
        )
      ) : (
        <>
          <section
            aria-label="Who is here"
            className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted"
          >
            <p>
              {chat.presence?.unknown
                ? "Who is here is not known right now"
                : chat.presence && chat.presence.members.length > 0
                  ? `Here now: ${chat.presence.members.map((m) => (m.id === viewerId ? "you" : m.pseudonym)).join(", ")}`
                  : "Here now: just you"}
              {chat.presence && chat.presence.listeners > 0 ? ` · ${chat.presence.listeners} listening` : ""}
            </p>
            <div className="flex gap-2">
              <button
                type="button"
                onClick={() => {
                  // A listener who has not accepted this room's guidelines reads them first.
                  if (membership?.listenOnly && !membership.guidelinesAccepted) setAskingGuidelines(true);
                  else void chat.join({ listenOnly: !membership?.listenOnly });
                }}
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

          <section ref={conversation} tabIndex={-1} aria-label="Conversation" className="flex flex-col gap-2">
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
              <p
                role="status"
                className="flex flex-wrap items-center gap-2 rounded-xl bg-accent-soft p-3 text-sm"
              >
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
                      coverCrisis={reading.filters.coverCrisis}
                      coverWarned={reading.filters.coverWarned}
                      filterLabels={
                        message.author.id === viewerId ? [] : filtersMatched(message, reading.filters)
                      }
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
            <div ref={end} aria-hidden="true" />
          </section>

          {membership && !membership.guidelinesAccepted && (!membership.listenOnly || askingGuidelines) && (
            <section
              aria-labelledby="new-guidelines"
              className="flex flex-col gap-2 rounded-2xl border border-accent bg-accent-soft p-4"
            >
              {askingGuidelines ? (
                // Asked for: focus goes to the guidelines. A change made by a moderator never moves focus.
                <FocusHeading as="h2" id="new-guidelines" className="font-semibold">
                  Before you write: this room&apos;s guidelines
                </FocusHeading>
              ) : (
                <h2 id="new-guidelines" className="font-semibold">
                  The room&apos;s guidelines changed
                </h2>
              )}
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
                onClick={async () => {
                  if (!(await chat.join({ acceptGuidelines: true, listenOnly: false })))
                    setAskingGuidelines(false);
                }}
                className="min-h-11 self-start rounded-xl bg-accent px-4 text-accent-ink"
              >
                {membership.listenOnly ? "I accept them: join as a member" : "I accept the new guidelines"}
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
          {room.careful && <CarefulRoomNote />}
          {room.slowModeSeconds > 0 && !room.locked && (
            <p role="status" className="text-sm text-muted">
              Slow mode: one message every {room.slowModeSeconds} seconds, so everyone has room to breathe.
            </p>
          )}
          {/* Pinned to the bottom of the screen while the conversation scrolls. */}
          <div
            ref={pinned}
            className="sticky bottom-0 z-10 -mx-1 flex flex-col gap-2 bg-canvas px-1 pt-1 pb-2"
          >
            {follow.unseen > 0 && (
              <button
                type="button"
                onClick={follow.showNewest}
                className="min-h-11 self-center rounded-full border border-accent bg-accent-soft px-4 text-sm font-medium shadow-sm"
              >
                {follow.unseen === 1 ? "1 new message" : `${follow.unseen} new messages`}
                <span aria-hidden="true"> ↓</span>
              </button>
            )}
            <Composer
              roomId={room.id}
              disabledReason={disabledReason}
              onSend={chat.send}
              onTyping={chat.signalTyping}
            />
          </div>
        </>
      )}
    </div>
  );
}
