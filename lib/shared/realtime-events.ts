// The one Socket.IO contract shared by the server and the browser; docs/protocol.md says it in
// words. Each client request names the zod schema its payload is parsed with (the payload type
// is inferred from it) and the answer it gets, so a wrong event name, payload or answer does not
// compile on either side.
import type { z } from "zod";
import type {
  WireMembership,
  WireMessage,
  WirePresence,
  WireReactions,
  WireRoom,
} from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";
import type { WireRoomSession } from "@/lib/shared/session-types";
import type {
  blockSchema,
  deleteMessageSchema,
  editMessageSchema,
  historySchema,
  joinRoomSchema,
  markReadSchema,
  reactSchema,
  roomRefSchema,
  sendMessageSchema,
} from "@/lib/shared/schemas/chat";
import type { createReportSchema, moderationActionSchema } from "@/lib/shared/schemas/moderation";

export type AckAnswer<Data extends object = object> = ({ ok: true } & Data) | { ok: false; error: ErrorBody };
export type Ack<Data extends object = object> = (answer: AckAnswer<Data>) => void;

export interface JoinAnswer {
  room: WireRoom;
  membership: WireMembership;
  /** Without `after`: the latest page. With `after`: the messages after it, oldest first (see catchUp). */
  messages: WireMessage[];
  /** Pass back as `changedSince` on the next rejoin (the server's clock, with a safety margin). */
  syncedAt: string;
  /** Only with `after`: how many visible messages came after it, and whether `messages` holds them all (else page on with history { after }). */
  catchUp?: { missed: number; more: boolean };
  /** Only with `after` and `changedSince`: messages up to `after` that changed since, as the reader sees them now. */
  changed?: WireMessage[];
  /** Only with `after` and `changedSince`: ids up to `after` the reader may no longer see (held back, blocked). */
  removedIds?: string[];
}

type Request<Schema extends z.ZodType, Answer extends object> = { payload: z.input<Schema>; answer: Answer };
type Empty = Record<string, never>;

/** Every event the browser may send: what it carries and what it is answered with. */
export interface ClientRequests {
  "room:join": Request<typeof joinRoomSchema, JoinAnswer>;
  /** From outside the room: its changes (`room:updated`) reach this socket until it joins or watches another. */
  "room:watch": Request<typeof roomRefSchema, { room: WireRoom }>;
  "room:leave": Request<typeof roomRefSchema, Empty>;
  "room:read": Request<typeof markReadSchema, Empty>;
  /** `care`: the words suggest the author may be in danger; show them crisis resources. */
  "message:send": Request<typeof sendMessageSchema, { message: WireMessage; care?: true }>;
  /** `care`: as for a send, the edited words suggest the author may be in danger. */
  "message:edit": Request<typeof editMessageSchema, { message: WireMessage; care?: true }>;
  "message:delete": Request<typeof deleteMessageSchema, { message: WireMessage }>;
  "message:react": Request<typeof reactSchema, { reactions: WireReactions }>;
  history: Request<typeof historySchema, { messages: WireMessage[] }>;
  typing: Request<typeof roomRefSchema, Empty>;
  "member:block": Request<typeof blockSchema, Empty>;
  "report:create": Request<typeof createReportSchema, { report: { id: string; status: string } }>;
  "mod:action": Request<typeof moderationActionSchema, Empty>;
}

export type ClientRequestName = keyof ClientRequests;
export type RequestPayload<Event extends ClientRequestName> = ClientRequests[Event]["payload"];
export type RequestAnswer<Event extends ClientRequestName> = ClientRequests[Event]["answer"];

/** The names at run time, for refusing unknown events; the check below keeps it complete. */
export const clientRequestNames = [
  "room:join",
  "room:watch",
  "room:leave",
  "room:read",
  "message:send",
  "message:edit",
  "message:delete",
  "message:react",
  "history",
  "typing",
  "member:block",
  "report:create",
  "mod:action",
] as const satisfies readonly ClientRequestName[];
type Unlisted = Exclude<ClientRequestName, (typeof clientRequestNames)[number]>;
const everyRequestListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyRequestListed;

export type ClientToServerEvents = {
  // The acknowledgement is optional: a client may fire and forget (typing does).
  [Event in ClientRequestName]: (payload: RequestPayload<Event>, ack?: Ack<RequestAnswer<Event>>) => void;
};

export type RoomChange = {
  id: string;
  memberCount?: number;
  slowModeSeconds?: number;
  locked?: boolean;
  careful?: boolean;
  guidelinesVersion?: number;
  guidelines?: string;
  moderatorAround?: boolean;
  /** The room's current or next session (null: none scheduled); sent whenever it changes. */
  session?: WireRoomSession | null;
};

/** To a follower, shortly before a session they follow (docs/protocol.md, "Sessions"). */
export interface SessionReminder {
  occurrenceId: string;
  roomId: string;
  roomSlug: string;
  roomName: string;
  theme: string;
  startsAt: string;
}

export interface ServerToClientEvents {
  "session:revoked": () => void;
  "message:new": (message: WireMessage) => void;
  "message:updated": (message: WireMessage) => void;
  "message:removed": (removal: { roomId: string; messageId: string }) => void;
  "reaction:updated": (update: {
    roomId: string;
    messageId: string;
    counts: WireReactions["counts"];
  }) => void;
  typing: (signal: { roomId: string; user: { id: string; pseudonym: string } }) => void;
  presence: (presence: WirePresence) => void;
  "room:updated": (room: RoomChange) => void;
  /** To the person concerned only. */
  "member:muted": (mute: { roomId: string; until: string | null; reason: string }) => void;
  "member:removed": (removal: { roomId: string; reason: string }) => void;
  "notice:new": (notice: { id: string; kind: string; roomId: string | null; body: string }) => void;
  /** To the author alone: their words suggest they may be in danger; show crisis resources. */
  "crisis:care": (care: { roomId: string; messageId: string }) => void;
  /** To the room's moderators and the admins: the queue changed. */
  "report:new": (report: { roomId: string; messageId: string; reason: string }) => void;
  /**
   * Live frames may have been missed without the connection dropping (Redis, which carries them
   * between processes, was away): catch up every open room from its last contiguous id.
   */
  "room:resync": () => void;
  /** To the member and the room's moderators: a check-in about that member changed. */
  "checkin:updated": (change: { checkInId: string; roomId: string }) => void;
  /** To the room's moderators and the admins: what waits for a moderator changed (header indicator). */
  "attention:changed": () => void;
  /** To a follower of a room's sessions: one is about to start. */
  "session:reminder": (reminder: SessionReminder) => void;
  /**
   * To the member who may need care: where their request stands changed (alerted, seen, a
   * moderator writing); ask `GET /api/care/status` again. `checkInId`: a check-in request's item.
   */
  "care:status": (change: { roomId: string; checkInId: string | null }) => void;
}

/** What the handshake refuses with: `connect_error` carries `data.code`. */
export interface HandshakeErrorData {
  code: "unauthenticated" | "forbidden" | "unavailable";
}
