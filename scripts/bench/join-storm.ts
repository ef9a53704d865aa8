// A join storm: every client connected first, then all of them ask `room:join` at the same moment
// (a restart, or a session starting). Measures how long until every join is answered, and how
// many were refused, by code.
import { io, type Socket } from "socket.io-client";
import { summarize } from "@/scripts/bench/stats";

export interface JoinStormResult {
  joins: number;
  ok: number;
  failed: number;
  codes: Record<string, number>;
  joinMs: ReturnType<typeof summarize>;
  /** From the first join asked to the last one answered. */
  allAnsweredMs: number;
}

export async function runJoinStorm(options: {
  url: string;
  cookies: string[];
  roomOf: (client: number) => string;
}): Promise<JoinStormResult> {
  const sockets = await connectAll(options.url, options.cookies);
  try {
    const codes: Record<string, number> = {};
    const times: number[] = [];
    let ok = 0;
    const started = performance.now();
    await Promise.all(
      sockets.map(async (socket, index) => {
        const asked = performance.now();
        const answer = (await socket
          .timeout(60_000)
          .emitWithAck("room:join", { roomId: options.roomOf(index), acceptGuidelines: true })
          .catch(() => ({ ok: false, error: { code: "no answer" } }))) as {
          ok: boolean;
          error?: { code: string };
        };
        times.push(performance.now() - asked);
        if (answer.ok) ok++;
        else codes[answer.error?.code ?? "?"] = (codes[answer.error?.code ?? "?"] ?? 0) + 1;
      }),
    );
    return {
      joins: sockets.length,
      ok,
      failed: sockets.length - ok,
      codes,
      joinMs: summarize(times),
      allAnsweredMs: performance.now() - started,
    };
  } finally {
    for (const socket of sockets) socket.close();
  }
}

async function connectAll(url: string, cookies: string[]): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let start = 0; start < cookies.length; start += 50) {
    const group = cookies.slice(start, start + 50).map(
      (cookie) =>
        new Promise<Socket>((resolve, reject) => {
          const socket = io(url, {
            transports: ["websocket"],
            reconnection: false,
            extraHeaders: cookie ? { cookie } : {},
            timeout: 30_000,
          });
          socket.once("connect", () => resolve(socket));
          socket.once("connect_error", reject);
        }),
    );
    sockets.push(...(await Promise.all(group)));
  }
  return sockets;
}
