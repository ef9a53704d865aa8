"use client";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/shared/realtime-events";

export type HearthClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: HearthClientSocket | undefined;

/** The page's one connection to Hearth, at the app's own origin, authenticated by the session cookie. */
export function hearthSocket(): HearthClientSocket {
  socket ??= io({ withCredentials: true, reconnectionDelay: 500, reconnectionDelayMax: 4_000 });
  return socket;
}
