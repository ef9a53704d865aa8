// Drives N socket.io clients in M rooms at an offered message rate (or as fast as acks allow)
// and measures acknowledgement and delivery: what was sent, acked, delivered, lost, doubled.
// A warm-up at the same load comes first and is not timed (the server's code is compiled and its
// pools filled by then); its messages count only towards what must be stored.
import { randomUUID } from "node:crypto";
import { io, type Socket } from "socket.io-client";
import { everydayBodies } from "@/scripts/bench/everyday-bodies";
import type { CpuMeter } from "@/scripts/bench/process-cpu";
import { summarize } from "@/scripts/bench/stats";

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
  /** Seconds of the same load before anything is timed (default 5). */
  warmUpSeconds?: number;
  /** Reads CPU time over the timed part (from its first send until its deliveries have drained). */
  cpu?: CpuMeter;
  /**
   * Runs once every client has joined, before the warm-up: Hearth's run brings the database's
   * statistics up to date here, as a live database's are (a fresh one's would change the
   * planner's mind mid-run, whenever autovacuum came by).
   */
  beforeWarmUp?: () => Promise<void>;
}

export interface LoadResult {
  sent: number;
  acked: number;
  /** Acked during the warm-up (stored too). */
  warmUpAcked: number;
  /** The clientId of every message acked, the warm-up's too: each must be stored. */
  ackedClientIds: string[];
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
  /** CPU seconds of each metered part over the timed part (empty without a meter). */
  cpuSeconds: Record<string, number>;
}

interface Origin {
  at: number;
  sender: number;
  room: string;
  acked?: true;
}

/** What one phase (the warm-up, then the timed part) saw. */
interface Phase {
  sentAt: Map<string, Origin>;
  receipts: Map<string, number>; // `${clientId}:${receiver}` → count
  receiveMs: number[];
  ackMs: number[];
  acked: number;
  failed: number;
  timeouts: number;
  codes: Record<string, number>;
  refusedMs: number[];
}

function newPhase(): Phase {
  return {
    sentAt: new Map(),
    receipts: new Map(),
    receiveMs: [],
    ackMs: [],
    acked: 0,
    failed: 0,
    timeouts: 0,
    codes: {},
    refusedMs: [],
  };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const clients = await connectAll(options);
  const roomSize = new Map<string, number>();
  clients.forEach((_, index) =>
    roomSize.set(options.roomOf(index), (roomSize.get(options.roomOf(index)) ?? 0) + 1),
  );
  const nextBody = everydayBodies();
  let phase = newPhase();

  clients.forEach((socket, receiver) => {
    socket.on("message:new", (message: { clientId: string }) => {
      // A warm-up message delivered once the timed part has begun belongs to no phase: not counted.
      const origin = phase.sentAt.get(message.clientId);
      if (!origin || origin.sender === receiver) return;
      const key = `${message.clientId}:${receiver}`;
      const seen = (phase.receipts.get(key) ?? 0) + 1;
      phase.receipts.set(key, seen);
      if (seen === 1) phase.receiveMs.push(performance.now() - origin.at);
    });
  });

  let stopping = false;
  const ackedClientIds: string[] = [];
  const sendOne = (sender: number): Promise<void> => {
    const clientId = randomUUID();
    const room = options.roomOf(sender);
    const at = performance.now();
    const origin: Origin = { at, sender, room };
    const current = phase;
    current.sentAt.set(clientId, origin);
    return (clients[sender] as Socket)
      .timeout(30_000)
      .emitWithAck("message:send", { roomId: room, clientId, body: nextBody() })
      .then((answer: { ok: boolean; error?: { code: string; retryAfterSeconds?: number } }) => {
        if (answer.ok) {
          current.acked++;
          origin.acked = true;
          ackedClientIds.push(clientId);
          current.ackMs.push(performance.now() - at);
          return;
        }
        current.failed++;
        current.refusedMs.push(performance.now() - at);
        const code = answer.error?.code ?? "?";
        current.codes[code] = (current.codes[code] ?? 0) + 1;
        // Closed loop: a refused client waits as told, as the browser does.
        if (options.rate === 0 && !stopping)
          return new Promise<void>((resolve) =>
            setTimeout(resolve, (answer.error?.retryAfterSeconds ?? 1) * 1000),
          );
      })
      .catch(() => {
        current.failed++;
        current.timeouts++;
      });
  };

  /** Offers the load for `seconds`; resolves once every send has been answered. */
  const offer = async (seconds: number): Promise<number> => {
    stopping = false;
    const started = performance.now();
    const inFlight: Promise<void>[] = [];
    if (options.rate > 0) {
      // Paced by elapsed time, not by timer ticks (timers drift under load).
      let sentSoFar = 0;
      let next = 0;
      for (;;) {
        const elapsed = performance.now() - started;
        if (elapsed >= seconds * 1000) break;
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
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      stopping = true;
      await Promise.all(loops);
    }
    const sendingSeconds = (performance.now() - started) / 1000;
    await Promise.all(inFlight);
    return sendingSeconds;
  };

  await options.beforeWarmUp?.();
  const warmUpSeconds = options.warmUpSeconds ?? 5;
  let warmUpAcked = 0;
  if (warmUpSeconds > 0) {
    await offer(warmUpSeconds);
    warmUpAcked = phase.acked;
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // its deliveries drain, untimed
    phase = newPhase();
  }
  await options.cpu?.begin();
  const sendingSeconds = await offer(options.seconds);
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // let deliveries drain
  const cpuSeconds = (await options.cpu?.end()) ?? {};

  // Every acked message must reach every other client in its room; a refused one may not (one
  // answered `unavailable` past the deadline may have been stored, and then it is delivered).
  let expectedDeliveries = 0;
  for (const origin of phase.sentAt.values())
    if (origin.acked) expectedDeliveries += (roomSize.get(origin.room) ?? 1) - 1;
  let delivered = 0;
  let deliveredUnacked = 0;
  for (const key of phase.receipts.keys()) {
    if (phase.sentAt.get(key.slice(0, key.indexOf(":")))?.acked) delivered++;
    else deliveredUnacked++;
  }
  const duplicated = [...phase.receipts.values()].reduce((sum, count) => sum + count - 1, 0);
  for (const socket of clients) socket.close();
  return {
    sent: phase.sentAt.size,
    acked: phase.acked,
    warmUpAcked,
    ackedClientIds,
    failed: phase.failed,
    codes: phase.codes,
    refusedMs: summarize(phase.refusedMs),
    timeouts: phase.timeouts,
    expectedDeliveries,
    delivered,
    lost: expectedDeliveries - delivered,
    deliveredUnacked,
    duplicated,
    ackMs: summarize(phase.ackMs),
    receiveMs: summarize(phase.receiveMs),
    messagesPerSecond: phase.acked / sendingSeconds,
    cpuSeconds,
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
