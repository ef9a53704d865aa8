import type { Metadata } from "next";
import Link from "next/link";
import { RoomDirectory } from "@/components/rooms/room-directory";
import { FocusHeading } from "@/components/ui/focus-heading";
import { currentMember } from "@/lib/server/auth/current-member";
import { listRooms } from "@/lib/server/services/rooms/list-rooms";

export const metadata: Metadata = { title: "Rooms" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RoomsPage({ searchParams }: Props) {
  const member = await currentMember();
  // Someone who has just made an account arrives here with ?welcome.
  const welcome = member !== null && (await searchParams).welcome !== undefined;
  const { topics } = await listRooms(member);
  const renderedAt = new Date().getTime();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        {welcome ? (
          <>
            <FocusHeading className="text-3xl font-semibold">
              Welcome to Hearth, {member.pseudonym}
            </FocusHeading>
            <p className="text-lg">
              We are glad you are here. Choose a room that fits what you carry. You can listen first, for as
              long as you like: nobody is told who is reading.
            </p>
          </>
        ) : (
          <>
            <h1 className="text-3xl font-semibold">Rooms</h1>
            <p className="text-muted">
              Small rooms, one topic each, with moderators. You can listen before you say anything.
            </p>
          </>
        )}
        {!member && (
          <p>
            <Link href="/signup?next=/rooms" className="underline">
              Sign up
            </Link>{" "}
            or{" "}
            <Link href="/signin?callbackUrl=/rooms" className="underline">
              sign in
            </Link>{" "}
            to join a room. You can read about each room first.
          </p>
        )}
      </div>
      <RoomDirectory initial={topics} renderedAt={renderedAt} />
    </div>
  );
}
