import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { RoomChat } from "@/components/chat/room-chat";
import { RoomTools } from "@/components/moderation/room-tools";
import { currentMember } from "@/lib/server/auth/current-member";
import { crisisRegionFor } from "@/lib/server/services/accounts/crisis-region";
import { mutedIdsOf } from "@/lib/server/services/reading/personal-mutes";
import { readingFiltersOf } from "@/lib/server/services/reading/reading-filters";
import { moderatorAround } from "@/lib/server/services/duty/on-duty";
import { listRoomPeople } from "@/lib/server/services/moderation/room-people";
import { getRoomForPage } from "@/lib/server/services/rooms/get-room-for-page";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = await getRoomForPage(null, (await params).slug);
  return { title: page?.room.name ?? "Room" };
}

export default async function RoomPage({ params }: Params) {
  const { slug } = await params;
  const member = await currentMember();
  if (!member) redirect(`/signin?callbackUrl=/rooms/${encodeURIComponent(slug)}`);
  const page = await getRoomForPage(member, slug);
  if (!page) notFound();
  const { room } = page;
  const people = await listRoomPeople(member, room.id);
  return (
    <div className="flex flex-col gap-5">
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
      {people && <RoomTools room={room} people={people} viewerId={member.userId} />}
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
          crisisRegion={await crisisRegionFor(member, (await headers()).get("accept-language"))}
          reading={{ filters: await readingFiltersOf(member), mutedIds: await mutedIdsOf(member) }}
        />
      )}
    </div>
  );
}
