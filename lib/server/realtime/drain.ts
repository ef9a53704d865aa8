// Stopping without dropping answers (docs/decisions/0015). Every socket request is counted while
// it runs; once draining starts, new requests and new sockets are refused with `unavailable`, and
// shutdown waits until the requests already running have been answered before closing sockets.
// What an answer leaves for right after it (a message's delivery to its room goes out once the
// senders are answered, decision 0035) runs before the drain says it is done: the sockets, and
// the publisher that reaches the other processes, are still there for it.

const globalKey = Symbol.for("hearth.drain");
interface DrainState {
  draining: boolean;
  inFlight: number;
  idle: Set<() => void>;
}
type GlobalWithDrain = typeof globalThis & { [globalKey]?: DrainState };

function state(): DrainState {
  const holder = globalThis as GlobalWithDrain;
  return (holder[globalKey] ??= { draining: false, inFlight: 0, idle: new Set() });
}

/** What a request or socket arriving during shutdown is told; the client tries again elsewhere or later. */
export const drainingRetryAfterSeconds = 2;

export function isDraining(): boolean {
  return state().draining;
}

/** Counts `work` as in flight until it settles. */
export async function inFlight<T>(work: () => Promise<T>): Promise<T> {
  const current = state();
  current.inFlight++;
  try {
    return await work();
  } finally {
    current.inFlight--;
    if (current.inFlight === 0) for (const resolve of current.idle) resolve();
  }
}

/**
 * Refuses new work from now on and resolves once every request in flight has been answered (true),
 * or after `timeoutMs` (false).
 */
export async function drain(
  timeoutMs: number,
): Promise<{ answered: boolean; waitedMs: number; inFlight: number }> {
  const current = state();
  current.draining = true;
  const started = Date.now();
  const atStart = current.inFlight;
  if (current.inFlight === 0) return { answered: true, waitedMs: 0, inFlight: 0 };
  const answered = await new Promise<boolean>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      current.idle.delete(done);
      // After every process.nextTick and promise continuation the last answers queued.
      setImmediate(() => resolve(true));
    };
    const timer = setTimeout(() => {
      current.idle.delete(done);
      resolve(false);
    }, timeoutMs);
    current.idle.add(done);
  });
  return { answered, waitedMs: Date.now() - started, inFlight: atStart };
}
