// The room directory as /rooms renders it and GET /api/rooms answers it.
import type { WireNextSession } from "@/lib/shared/session-types";

export interface DirectoryRoom {
  id: string;
  slug: string;
  name: string;
  description: string;
  capacity: number;
  memberCount: number;
  /** null: not known right now (Redis, which knows about the other processes, is away). */
  onlineCount: number | null;
  isFull: boolean;
  /** When someone last wrote in the room (ISO), or null; the directory says it in words. */
  lastActiveAt: string | null;
  /** The hour of the day (UTC) most of its recent messages were written in, when there were enough. */
  usualHourUtc: number | null;
  /** "member", "listener", or null when the viewer is not in the room. */
  myPlace: "member" | "listener" | null;
  /** The session in progress, else the next one; the page says it in the viewer's own time. */
  nextSession: WireNextSession | null;
}

export interface DirectoryTopic {
  slug: string;
  name: string;
  description: string;
  rooms: DirectoryRoom[];
}

/** The body of GET /api/rooms. */
export interface RoomDirectory {
  topics: DirectoryTopic[];
}
