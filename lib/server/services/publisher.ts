// What services tell the real-time layer. Services never import Socket.IO: the server
// registers the real publisher at start; scripts and tests without sockets get the quiet one.
import type { ServerToClientEvents } from "@/lib/shared/realtime-events";

type EventArgs<Event extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[Event]>;

export interface Publisher {
  /**
   * Sends an event to everyone reading a room, except the people listed (blocks, the sender).
   * `room:updated` also reaches the people watching the room from outside (room:watch).
   */
  toRoom<Event extends keyof ServerToClientEvents>(
    roomId: string,
    exceptUserIds: readonly string[],
    event: Event,
    ...args: EventArgs<Event>
  ): void;
  /** Sends an event to every open socket of one person. */
  toUser<Event extends keyof ServerToClientEvents>(
    userId: string,
    event: Event,
    ...args: EventArgs<Event>
  ): void;
  /**
   * Sends an event to this person's sockets whose session may use their staff powers (what a
   * moderator or admin is told as such: decision 0028).
   */
  toStaff<Event extends keyof ServerToClientEvents>(
    userId: string,
    event: Event,
    ...args: EventArgs<Event>
  ): void;
  /** Takes every socket of this person out of a room (they left or were removed). */
  removeUserFromRoom(userId: string, roomId: string): void;
  /**
   * The people with a socket reading this room now, on any process; null when that is not known
   * right now (Redis, which asks the other processes, is away).
   */
  onlineUserIds(roomId: string): Promise<string[] | null>;
  /** Closes every open socket of this person (their sessions were revoked). */
  disconnectUser(userId: string): void;
  /** Closes the open sockets of one session (it signed out), after telling them `session:revoked`. */
  endSession(sessionId: string): void;
}

const quietPublisher: Publisher = {
  toRoom: () => {},
  toUser: () => {},
  toStaff: () => {},
  removeUserFromRoom: () => {},
  onlineUserIds: async () => [],
  disconnectUser: () => {},
  endSession: () => {},
};

const globalKey = Symbol.for("hearth.publisher");
type GlobalWithPublisher = typeof globalThis & { [globalKey]?: Publisher };

export function setPublisher(publisher: Publisher | undefined): void {
  (globalThis as GlobalWithPublisher)[globalKey] = publisher;
}

export function publisher(): Publisher {
  return (globalThis as GlobalWithPublisher)[globalKey] ?? quietPublisher;
}
