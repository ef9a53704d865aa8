// The room directory as /rooms renders it and GET /api/rooms answers it.

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
