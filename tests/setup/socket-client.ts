import { io, type Socket } from "socket.io-client";

export type ConnectOutcome =
  { connected: true; socket: Socket } | { connected: false; message: string; code?: string };

/** Opens a real socket.io-client connection and reports whether the handshake let it in. */
export function connectSocket(
  appUrl: string,
  headers: Record<string, string> = {},
  transports: ("polling" | "websocket")[] = ["websocket"],
): Promise<ConnectOutcome> {
  return new Promise((resolve) => {
    const socket = io(appUrl, { reconnection: false, transports, extraHeaders: headers, timeout: 10_000 });
    socket.once("connect", () => resolve({ connected: true, socket }));
    socket.once("connect_error", (error: Error & { data?: { code?: string } }) => {
      socket.close();
      resolve({ connected: false, message: error.message, code: error.data?.code });
    });
  });
}
