// Memory per idle authenticated socket: the Hearth process's resident memory (from /proc)
// before and after N sockets connect with their session cookies and then do nothing.
import { readFileSync } from "node:fs";
import { io, type Socket } from "socket.io-client";

export interface MemoryResult {
  sockets: number;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  rssPerSocket: number;
  heapBeforeBytes: number;
  heapAfterBytes: number;
  /** Heap used plus memory outside the heap (buffers), after a full collection, per socket. */
  bytesPerSocket: number;
  connectSeconds: number;
}

export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : NaN;
}

/** Asks the process (started with --expose-gc) to collect garbage and say what it holds. */
async function collectedMemory(
  pid: number,
  output: () => string,
): Promise<{ heapUsed: number; external: number; rss: number }> {
  const before = output().length;
  process.kill(pid, "SIGUSR2");
  for (let waited = 0; waited < 10_000; waited += 50) {
    const match = /MEMORY (\{.*\})/.exec(output().slice(before));
    if (match) return JSON.parse(match[1] as string) as { heapUsed: number; external: number; rss: number };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the process did not report its memory (was it started with --expose-gc?)");
}

export async function runIdleMemory(options: {
  url: string;
  pid: number;
  output: () => string;
  cookies: string[];
}): Promise<MemoryResult> {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 3_000));
  // A few sockets first, so that what every connection shares (code, pools) is counted before.
  const warm = await connectAll(options.url, options.cookies.slice(0, 50));
  await settle();
  const heldBefore = await collectedMemory(options.pid, options.output);
  const rssBeforeBytes = residentBytes(options.pid);
  const started = performance.now();
  const sockets = await connectAll(options.url, options.cookies.slice(50));
  const connectSeconds = (performance.now() - started) / 1000;
  await settle();
  const heldAfter = await collectedMemory(options.pid, options.output);
  const rssAfterBytes = residentBytes(options.pid);
  for (const socket of [...warm, ...sockets]) socket.close();
  return {
    sockets: sockets.length,
    rssBeforeBytes,
    rssAfterBytes,
    rssPerSocket: (rssAfterBytes - rssBeforeBytes) / sockets.length,
    heapBeforeBytes: heldBefore.heapUsed + heldBefore.external,
    heapAfterBytes: heldAfter.heapUsed + heldAfter.external,
    bytesPerSocket:
      (heldAfter.heapUsed + heldAfter.external - heldBefore.heapUsed - heldBefore.external) / sockets.length,
    connectSeconds,
  };
}

async function connectAll(url: string, cookies: string[]): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let start = 0; start < cookies.length; start += 200) {
    const group = cookies.slice(start, start + 200).map(
      (cookie) =>
        new Promise<Socket>((resolve, reject) => {
          const socket = io(url, {
            transports: ["websocket"],
            reconnection: false,
            extraHeaders: { cookie },
            timeout: 60_000,
          });
          socket.once("connect", () => resolve(socket));
          socket.once("connect_error", reject);
        }),
    );
    sockets.push(...(await Promise.all(group)));
  }
  return sockets;
}
