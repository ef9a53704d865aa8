import type { Metadata } from "next";
import Link from "next/link";
import { RoomDirectory } from "@/components/rooms/room-directory";
import { currentMember } from "@/lib/server/auth/current-member";
import { listRooms } from "@/lib/server/services/rooms/list-rooms";

export const metadata: Metadata = { title: "Rooms" };

export default async function RoomsPage() {
  const member = await currentMember();
  const { topics } = await listRooms(member);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">Rooms</h1>
        <p className="text-muted">
          Small rooms, one topic each, with moderators. You can listen before you say anything.
        </p>
        {!member && (
          <p>
            <Link href="/signup" className="underline">
              Sign up
            </Link>{" "}
            or{" "}
            <Link href="/signin?callbackUrl=/rooms" className="underline">
              sign in
            </Link>{" "}
            to join a room.
          </p>
        )}
      </div>
      <RoomDirectory initial={topics} />
    </div>
  );
}
