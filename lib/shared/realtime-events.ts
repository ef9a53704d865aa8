// Typed Socket.IO event maps shared by the server and the browser. docs/protocol.md is the
// full contract; chat events arrive with the rooms issue.
import type { ErrorBody } from "@/lib/shared/errors";

export type Ack<Data extends object = object> = (answer: ({ ok: true } & Data) | { ok: false; error: ErrorBody }) => void;

export interface ServerToClientEvents {
  "session:revoked": () => void;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the chat events
export interface ClientToServerEvents {}

/** What the handshake refuses with: `connect_error` carries `data.code`. */
export interface HandshakeErrorData {
  code: "unauthenticated" | "forbidden" | "unavailable";
}
