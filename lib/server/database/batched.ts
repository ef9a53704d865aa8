// Groups calls that arrive together into one batch: the first call starts a batch on the next
// turn of the event loop; calls arriving while `concurrency` batches run form the next one. At low load a
// batch is a single call (no added wait); under load many calls share one database round trip
// and one commit. The queue is bounded, in length and in waiting time: when the database is slow
// or hung, calls are turned away at once (`full`) or after `maxWaitMs` (`stale`), never sent to
// it, so a refusal from here always means nothing was done.
//
// A batch's answers go back to their callers in the order the batches finished, a slice at a
// time, one slice per turn of the event loop (`answersPerTurn`). What each caller does next
// (publish, acknowledge) runs when its answer arrives: under overload, 200 of them at once kept
// the process from reading its sockets for 50–100 ms, and a send that should have been refused at
// the door at once waited that long to be read. When no one is being refused, a whole batch in
// one turn costs less per answer (decision 0034).

export interface BatchOptions<Item> {
  maxSize: number;
  /** Batches allowed in flight at once (default 1). */
  concurrency?: number;
  /**
   * Items with the same key never share a batch: the later one waits for the next batch, and
   * keeps its place in the queue.
   */
  oneBatchPer?: (item: Item) => string;
  /** Calls allowed to wait at once; beyond, a call is refused with `full` (default: no bound). */
  maxQueue?: number;
  /** A call that waited this long without a batch is refused with `stale` (default: no bound). */
  maxWaitMs?: number;
  /** The error a refused call rejects with. */
  refuse?: (reason: "full" | "stale") => unknown;
  /**
   * How many answers go back per turn of the event loop, asked when a batch finishes (default
   * 25; `Infinity`: the whole batch in one turn).
   */
  answersPerTurn?: () => number;
}

export class BatchRefused extends Error {
  constructor(readonly reason: "full" | "stale") {
    super(reason === "full" ? "the queue is full" : "waited too long in the queue");
    this.name = "BatchRefused";
  }
}

/** Answers handed back per turn of the event loop, unless the caller says otherwise. */
export const defaultAnswersPerTurn = 25;

interface Waiting<Item, Result> {
  item: Item;
  queuedAt: number;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

export function batched<Item, Result>(
  run: (items: Item[]) => Promise<Result[]>,
  options: BatchOptions<Item>,
): (item: Item) => Promise<Result> {
  let queue: Waiting<Item, Result>[] = [];
  const concurrency = options.concurrency ?? 1;
  const refuse = options.refuse ?? ((reason: "full" | "stale") => new BatchRefused(reason));
  let running = 0;
  let scheduled = false;
  const answers = handBack();

  const schedule = () => {
    if (running >= concurrency || scheduled || queue.length === 0) return;
    scheduled = true;
    setImmediate(flush);
  };

  function dropStale() {
    if (options.maxWaitMs === undefined) return;
    const oldest = Date.now() - options.maxWaitMs;
    if (queue.every((entry) => entry.queuedAt >= oldest)) return;
    const fresh: typeof queue = [];
    for (const entry of queue) {
      if (entry.queuedAt >= oldest) fresh.push(entry);
      else entry.reject(refuse("stale"));
    }
    queue = fresh;
  }

  /** The next batch, in queue order; what is not taken keeps its order for the next one. */
  function takeBatch(): typeof queue {
    const batch: typeof queue = [];
    if (!options.oneBatchPer) {
      batch.push(...queue.splice(0, options.maxSize));
      return batch;
    }
    const keys = new Set<string>();
    const left: typeof queue = [];
    for (const entry of queue) {
      const key = batch.length < options.maxSize ? options.oneBatchPer(entry.item) : undefined;
      if (key === undefined || keys.has(key)) {
        left.push(entry);
        continue;
      }
      keys.add(key);
      batch.push(entry);
    }
    queue = left;
    return batch;
  }

  async function flush() {
    scheduled = false;
    dropStale();
    const batch = takeBatch();
    if (batch.length === 0) return;
    running++;
    schedule(); // what is left may start beside this batch, up to `concurrency`
    try {
      const results = await run(batch.map((entry) => entry.item));
      const perTurn = Math.max(1, options.answersPerTurn?.() ?? defaultAnswersPerTurn);
      let index = 0;
      const settle = () => {
        const end = Math.min(index + perTurn, batch.length);
        for (; index < end; index++)
          (batch[index] as (typeof batch)[number]).resolve(results[index] as Result);
        return index === batch.length;
      };
      answers.add(settle);
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      running--;
      schedule();
    }
  }

  return (item: Item) =>
    new Promise<Result>((resolve, reject) => {
      if (options.maxQueue !== undefined && queue.length >= options.maxQueue) {
        reject(refuse("full"));
        return;
      }
      queue.push({ item, queuedAt: Date.now(), resolve, reject });
      schedule();
    });
}

/**
 * Finished batches waiting to be answered, oldest first. `settle` answers the next slice of its
 * batch each time it is called, and says whether that was the last; one call per turn of the
 * event loop, so sockets are read between.
 */
function handBack() {
  const pending: (() => boolean)[] = [];
  let turning = false;
  const turn = () => {
    const settle = pending[0];
    if (!settle) {
      turning = false;
      return;
    }
    if (settle()) pending.shift();
    setImmediate(turn);
  };
  return {
    add(settle: () => boolean) {
      pending.push(settle);
      if (turning) return;
      turning = true;
      turn();
    },
  };
}
