import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RoomChat } from "@/components/chat/room-chat";
import { RoomTools, ScheduleSessions } from "@/components/moderation/moderator-panels";
import { RoomPreview } from "@/components/rooms/room-preview";
import { currentMember } from "@/lib/server/auth/current-member";
import { crisisRegionFor } from "@/lib/server/services/accounts/crisis-region";
import { mutedIdsOf } from "@/lib/server/services/reading/personal-mutes";
import { readingFiltersOf } from "@/lib/server/services/reading/reading-filters";
import { moderatorAround } from "@/lib/server/services/duty/on-duty";
import { listRoomPeople } from "@/lib/server/services/moderation/room-people";
import { readLatestMessages } from "@/lib/server/services/messages/visible-messages";
import { getRoomForPage } from "@/lib/server/services/rooms/get-room-for-page";
import { isFollowing } from "@/lib/server/services/sessions/follow-sessions";
import { NextSession, calendarHref } from "@/components/sessions/next-session";
import { listRoomSessions } from "@/lib/server/services/sessions/schedule-session";
import { facilitatorChoices } from "@/lib/server/services/sessions/facilitators";

type Params = { params: Promise<{ slug: string }> };
type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = await getRoomForPage(null, (await params).slug);
  return { title: page?.room.name ?? "Room" };
}

export default async function RoomPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const member = await currentMember();
  const page = await getRoomForPage(member, slug);
  if (!page) notFound();
  const { room } = page;
  const heading = (
    <>
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/rooms" className="underline">
          Rooms
        </Link>{" "}
        · {room.topic.name}
      </nav>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{room.name}</h1>
        <p className="text-muted">{room.description}</p>
        {room.locked && <p className="text-caution">This room is read-only for now.</p>}
      </header>
    </>
  );
  // Without an account: what the room is for and its guidelines, readable before signing up.
  if (!member)
    return (
      <div className="flex flex-col gap-5">
        {heading}
        {room.session && !room.session.closedAt && (
          <section
            aria-label="Session"
            className="flex flex-col gap-3 rounded-2xl border border-accent bg-accent-soft p-4"
          >
            <NextSession session={room.session} />
            <p className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
              <a href={calendarHref(room.session.sessionId)} className="underline">
                Add to my calendar (.ics)
              </a>
              <Link
                href={`/signin?callbackUrl=${encodeURIComponent(`/rooms/${room.slug}`)}`}
                className="underline"
              >
                Sign in to follow this room&apos;s sessions
              </Link>
            </p>
          </section>
        )}
        <RoomPreview room={room} />
      </div>
    );
  const people = await listRoomPeople(member, room.id);
  // ?listen: the person chose to listen before signing up or in; ?welcome: their account is new.
  const listenOnArrival = query.listen !== undefined;
  const welcome = query.welcome !== undefined;
  return (
    <div className="flex flex-col gap-5">
      {heading}
      {welcome && (
        <p className="rounded-2xl border border-accent bg-accent-soft p-4">
          Welcome to Hearth, {member.pseudonym}. Take your time: you can listen for as long as you like, and
          write when it feels right.
        </p>
      )}
      {people && <RoomTools room={room} people={people} viewerId={member.userId} />}
      {people && (
        <ScheduleSessions
          roomId={room.id}
          sessions={await listRoomSessions(room.id)}
          moderators={await facilitatorChoices(member, room.id)}
          viewerId={member.userId}
        />
      )}
      {page.standing === "removed" ? (
        <p className="rounded-2xl border border-line bg-surface p-4">
          A moderator removed you from this room, so you can&apos;t read or rejoin it for now. Other rooms are
          open to you, and the{" "}
          <Link href="/resources" className="underline">
            resources page
          </Link>{" "}
          is always there.
        </p>
      ) : (
        <RoomChat
          room={{ ...room, moderatorAround: await moderatorAround(room.id) }}
          viewerId={member.userId}
          standing={page.standing}
          hasAcceptedGuidelines={page.hasAcceptedGuidelines}
          listenOnArrival={listenOnArrival}
          initialMessages={
            page.standing === "outside" ? [] : (await readLatestMessages(member.userId, room.id)).slice(-20)
          }
          crisisRegion={await crisisRegionFor(member, (await headers()).get("accept-language"))}
          reading={{ filters: await readingFiltersOf(member), mutedIds: await mutedIdsOf(member) }}
          hostsSessions={people !== null}
          followingSessions={await isFollowing(member.userId, room.id)}
        />
      )}
    </div>
  );
}
