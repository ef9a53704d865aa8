// Typed Socket.IO event maps shared by the server and the browser; docs/protocol.md is the contract.
import type {
  WireMembership,
  WireMessage,
  WirePresence,
  WireReactions,
  WireRoom,
} from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";

export type AckAnswer<Data extends object = object> = ({ ok: true } & Data) | { ok: false; error: ErrorBody };
export type Ack<Data extends object = object> = (answer: AckAnswer<Data>) => void;

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
  "room:updated": (room: {
    id: string;
    memberCount?: number;
    slowModeSeconds?: number;
    locked?: boolean;
    guidelinesVersion?: number;
    guidelines?: string;
  }) => void;
  /** To the person concerned only. */
  "member:muted": (mute: { roomId: string; until: string | null; reason: string }) => void;
  "member:removed": (removal: { roomId: string; reason: string }) => void;
  "notice:new": (notice: { kind: string; roomId: string | null; body: string }) => void;
  /** To the author alone: their words suggest they may be in danger; show crisis resources. */
  "crisis:care": (care: { roomId: string; messageId: string }) => void;
  /** To the room's moderators and the admins: the queue changed. */
  "report:new": (report: { roomId: string; messageId: string; reason: string }) => void;
}

export interface JoinAnswer {
  room: WireRoom;
  membership: WireMembership;
  messages: WireMessage[];
}

export interface ClientToServerEvents {
  "room:join": (input: unknown, ack: Ack<JoinAnswer>) => void;
  "room:leave": (input: unknown, ack: Ack) => void;
  "room:read": (input: unknown, ack: Ack) => void;
  "message:send": (input: unknown, ack: Ack<{ message: WireMessage }>) => void;
  "message:edit": (input: unknown, ack: Ack<{ message: WireMessage }>) => void;
  "message:delete": (input: unknown, ack: Ack<{ message: WireMessage }>) => void;
  "message:react": (input: unknown, ack: Ack<{ reactions: WireReactions }>) => void;
  history: (input: unknown, ack: Ack<{ messages: WireMessage[] }>) => void;
  typing: (input: unknown, ack?: Ack) => void;
  "member:block": (input: unknown, ack: Ack) => void;
  "report:create": (input: unknown, ack: Ack<{ report: { id: string; status: string } }>) => void;
  "mod:action": (input: unknown, ack: Ack) => void;
}

/** What the handshake refuses with: `connect_error` carries `data.code`. */
export interface HandshakeErrorData {
  code: "unauthenticated" | "forbidden" | "unavailable";
}
