// Drives N socket.io clients in M rooms at an offered message rate (or as fast as acks allow)
// and measures acknowledgement and delivery: what was sent, acked, delivered, lost, doubled.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { io, type Socket } from "socket.io-client";
import { summarize } from "@/scripts/bench/stats";
import { readCorpusFile } from "@/tests/safety/load-corpora";

/**
 * What the clients say: everyday sentences from a support group (the crisis screen's everyday
 * corpus, none of them a crisis), so screening costs what it does for real messages. Until
 * 2026-12-01 each body was "bench <uuid>", which costs the screen less than a sentence.
 */
const bodies = readCorpusFile(
  path.join(import.meta.dirname, "../../tests/safety/corpora/everyday-negatives.json"),
)
  .items.filter((item) => item.label === "not_crisis")
  .map((item) => item.text);

export interface LoadOptions {
  /** Client i connects to urls[i % urls.length] (several Hearth processes on Redis). */
  urls: string[];
  /** One cookie header per client (empty strings for the bare server). */
  cookies: string[];
  /** The room of each client. */
  roomOf: (client: number) => string;
  /** Messages per second offered in total; 0 = saturation (each client sends again as soon as acked). */
  rate: number;
  seconds: number;
}

export interface LoadResult {
  sent: number;
  acked: number;
  failed: number;
  /** Failures by code (a refusal under overload is `unavailable`). */
  codes: Record<string, number>;
  /** From send to the refusal's answer. */
  refusedMs: ReturnType<typeof summarize>;
  /** No answer within 30 s. */
  timeouts: number;
  expectedDeliveries: number;
  delivered: number;
  lost: number;
  /** Deliveries of messages not acked (answered `unavailable` past the deadline, yet stored). */
  deliveredUnacked: number;
  duplicated: number;
  ackMs: ReturnType<typeof summarize>;
  receiveMs: ReturnType<typeof summarize>;
  messagesPerSecond: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const clients = await connectAll(options);
  const roomSize = new Map<string, number>();
  clients.forEach((_, index) =>
    roomSize.set(options.roomOf(index), (roomSize.get(options.roomOf(index)) ?? 0) + 1),
  );

  const sentAt = new Map<string, { at: number; sender: number; room: string; acked?: true }>();
  const receipts = new Map<string, number>(); // `${clientId}:${receiver}` → count
  const receiveMs: number[] = [];
  const ackMs: number[] = [];
  let acked = 0;
  let failed = 0;
  let timeouts = 0;
  const codes: Record<string, number> = {};
  const refusedMs: number[] = [];

  clients.forEach((socket, receiver) => {
    socket.on("message:new", (message: { clientId: string }) => {
      const origin = sentAt.get(message.clientId);
      if (!origin || origin.sender === receiver) return;
      const key = `${message.clientId}:${receiver}`;
      const seen = (receipts.get(key) ?? 0) + 1;
      receipts.set(key, seen);
      if (seen === 1) receiveMs.push(performance.now() - origin.at);
    });
  });

  let stopping = false;
  let sentences = 0;
  const sendOne = (sender: number): Promise<void> => {
    const clientId = randomUUID();
    const room = options.roomOf(sender);
    const at = performance.now();
    const origin: { at: number; sender: number; room: string; acked?: true } = { at, sender, room };
    sentAt.set(clientId, origin);
    return (clients[sender] as Socket)
      .timeout(30_000)
      .emitWithAck("message:send", { roomId: room, clientId, body: bodies[sentences++ % bodies.length] })
      .then((answer: { ok: boolean; error?: { code: string; retryAfterSeconds?: number } }) => {
        if (answer.ok) {
          acked++;
          origin.acked = true;
          ackMs.push(performance.now() - at);
          return;
        }
        failed++;
        refusedMs.push(performance.now() - at);
        const code = answer.error?.code ?? "?";
        codes[code] = (codes[code] ?? 0) + 1;
        // Closed loop: a refused client waits as told, as the browser does.
        if (options.rate === 0 && !stopping)
          return new Promise<void>((resolve) =>
            setTimeout(resolve, (answer.error?.retryAfterSeconds ?? 1) * 1000),
          );
      })
      .catch(() => {
        failed++;
        timeouts++;
      });
  };

  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  if (options.rate > 0) {
    // Paced by elapsed time, not by timer ticks (timers drift under load).
    let sentSoFar = 0;
    let next = 0;
    for (;;) {
      const elapsed = performance.now() - started;
      if (elapsed >= options.seconds * 1000) break;
      const due = Math.floor((options.rate * elapsed) / 1000);
      for (; sentSoFar < due; sentSoFar++) {
        inFlight.push(sendOne(next));
        next = (next + 1) % clients.length;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  } else {
    const loop = async (sender: number) => {
      while (!stopping) await sendOne(sender);
    };
    const loops = clients.map((_, sender) => loop(sender));
    await new Promise((resolve) => setTimeout(resolve, options.seconds * 1000));
    stopping = true;
    await Promise.all(loops);
  }
  const sendingSeconds = (performance.now() - started) / 1000;
  await Promise.all(inFlight);
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // let deliveries drain

  // Every acked message must reach every other client in its room; a refused one may not (one
  // answered `unavailable` past the deadline may have been stored, and then it is delivered).
  let expectedDeliveries = 0;
  for (const origin of sentAt.values())
    if (origin.acked) expectedDeliveries += (roomSize.get(origin.room) ?? 1) - 1;
  let delivered = 0;
  let deliveredUnacked = 0;
  for (const key of receipts.keys()) {
    if (sentAt.get(key.slice(0, key.indexOf(":")))?.acked) delivered++;
    else deliveredUnacked++;
  }
  const duplicated = [...receipts.values()].reduce((sum, count) => sum + count - 1, 0);
  for (const socket of clients) socket.close();
  return {
    sent: sentAt.size,
    acked,
    failed,
    codes,
    refusedMs: summarize(refusedMs),
    timeouts,
    expectedDeliveries,
    delivered,
    lost: expectedDeliveries - delivered,
    deliveredUnacked,
    duplicated,
    ackMs: summarize(ackMs),
    receiveMs: summarize(receiveMs),
    messagesPerSecond: acked / sendingSeconds,
  };
}

async function connectAll(options: LoadOptions): Promise<Socket[]> {
  const sockets: Socket[] = [];
  const batch = 50;
  for (let start = 0; start < options.cookies.length; start += batch) {
    const group = options.cookies.slice(start, start + batch).map(async (cookie, offset) => {
      const socket = io(options.urls[(start + offset) % options.urls.length] as string, {
        transports: ["websocket"],
        reconnection: false,
        extraHeaders: cookie ? { cookie } : {},
        timeout: 30_000,
      });
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", () => resolve());
        socket.once("connect_error", reject);
      });
      const answer = (await socket
        .timeout(30_000)
        .emitWithAck("room:join", { roomId: options.roomOf(start + offset), acceptGuidelines: true })) as {
        ok: boolean;
        error?: unknown;
      };
      if (!answer.ok) throw new Error(`join failed: ${JSON.stringify(answer.error)}`);
      return socket;
    });
    sockets.push(...(await Promise.all(group)));
  }
  return sockets;
}
