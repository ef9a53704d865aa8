"use client";
// One room's page once it is open in the browser: the socket's room (use-room-chat.ts) laid out
// as what a person reads and does there, from outside (join or listen) to inside (converse).
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Composer } from "@/components/chat/composer";
import { ConnectionStatus } from "@/components/chat/connection-status";
import { Conversation } from "@/components/chat/conversation";
import { CrisisCareCard } from "@/components/chat/crisis-care-card";
import { GuidelinesPrompt } from "@/components/chat/guidelines-prompt";
import { JoinPanel } from "@/components/chat/join-panel";
import { OpeningRoom } from "@/components/chat/opening-room";
import { PinnedBottom } from "@/components/chat/pinned-bottom";
import { PrivateNoticeList } from "@/components/chat/private-notices";
import { RoomNotes } from "@/components/chat/room-notes";
import { useComposerHold } from "@/components/chat/use-composer-hold";
import { useFocusOnArrival } from "@/components/chat/use-focus-on-arrival";
import { useFollowNewest } from "@/components/chat/use-follow-newest";
import { useMessageAnnouncements } from "@/components/chat/use-message-announcements";
import { usePersonalMutes } from "@/components/chat/use-personal-mutes";
import { useRoomChat } from "@/components/chat/use-room-chat";
import { useWatchedRoom } from "@/components/chat/use-watched-room";
import { WhoIsHere } from "@/components/chat/who-is-here";
import { useRoomSession } from "@/components/sessions/use-room-session";
import type { WireMessage, WireRoom } from "@/lib/shared/chat-types";
import type { CrisisRegion } from "@/lib/shared/crisis-lines";
import type { ReadingFilters } from "@/lib/shared/reading-filters";
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
  const [askingGuidelines, setAskingGuidelines] = useState(false);
  const announced = useMessageAnnouncements(chat.joined, visible, viewerId);

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
  const conversation = useFocusOnArrival(chat.joined, standing === "outside" || autoListen);

  const membership = chat.membership;
  const disabledReason = useComposerHold(membership, room.locked, sessionHoldReason);

  return (
    <div className="flex flex-col gap-4">
      <ConnectionStatus connection={chat.connection} />
      {/* New messages from others, read out once each (use-message-announcements.ts). */}
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
          <OpeningRoom
            messages={initialMessages}
            viewerId={viewerId}
            filters={reading.filters}
            isMuted={mutes.isMuted}
          />
        )
      ) : (
        <>
          <WhoIsHere
            presence={chat.presence}
            viewerId={viewerId}
            listenOnly={Boolean(membership?.listenOnly)}
            onSwitch={() => {
              // A listener who has not accepted this room's guidelines reads them first.
              if (membership?.listenOnly && !membership.guidelinesAccepted) setAskingGuidelines(true);
              else void chat.join({ listenOnly: !membership?.listenOnly });
            }}
            onLeave={async () => {
              await chat.leave();
              router.push("/rooms");
            }}
          />
          <Conversation
            chat={chat}
            visible={visible}
            viewerId={viewerId}
            mutes={mutes}
            filters={reading.filters}
            facilitatorIds={facilitatorIds}
            focusRef={conversation}
            endRef={end}
          />
          {membership && !membership.guidelinesAccepted && (!membership.listenOnly || askingGuidelines) && (
            <GuidelinesPrompt
              guidelines={room.guidelines}
              asked={askingGuidelines}
              listenOnly={membership.listenOnly}
              onAccept={async () => {
                if (!(await chat.join({ acceptGuidelines: true, listenOnly: false })))
                  setAskingGuidelines(false);
              }}
            />
          )}
          {chat.personal.care && (
            <CrisisCareCard
              roomId={initialRoom.id}
              region={crisisRegion}
              onClose={chat.personal.dismissCare}
            />
          )}
          <PrivateNoticeList notices={chat.personal.notices} />
          <RoomNotes room={room} moderatorAround={moderatorAround} />
          <PinnedBottom pinnedRef={pinned} unseen={follow.unseen} onShowNewest={follow.showNewest}>
            <Composer
              roomId={room.id}
              disabledReason={disabledReason}
              onSend={chat.send}
              onTyping={chat.signalTyping}
            />
          </PinnedBottom>
        </>
      )}
    </div>
  );
}
