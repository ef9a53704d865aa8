import type { Server, Socket } from "socket.io";
import type { MemberActor } from "@/lib/server/auth/actor";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/shared/realtime-events";

export interface SocketData {
  actor: MemberActor;
  /** The client's address (TRUST_PROXY applied, as for HTTP), for limits and logs. */
  address: string;
  /** When this socket last signalled typing in each room (made on its first signal). */
  lastTyping?: Map<string, number>;
}

export type HearthSocketServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export type HearthSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
