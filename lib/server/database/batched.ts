// Groups calls that arrive together into one batch: the first call starts a batch on the next
// turn of the event loop; calls arriving while `concurrency` batches run form the next one. At low load a
// batch is a single call (no added wait); under load many calls share one database round trip
// and one commit. The queue is bounded, in length and in waiting time: when the database is slow
// or hung, calls are turned away at once (`full`) or after `maxWaitMs` (`stale`), never sent to
// it, so a refusal from here always means nothing was done.

export interface BatchOptions<Item> {
  maxSize: number;
  /** Batches allowed in flight at once (default 1). */
  concurrency?: number;
  /** Whether an item may join a batch being formed (otherwise it waits for the next one). */
  fits?: (batch: readonly Item[], item: Item) => boolean;
  /** Calls allowed to wait at once; beyond, a call is refused with `full` (default: no bound). */
  maxQueue?: number;
  /** A call that waited this long without a batch is refused with `stale` (default: no bound). */
  maxWaitMs?: number;
  /** The error a refused call rejects with. */
  refuse?: (reason: "full" | "stale") => unknown;
}

export class BatchRefused extends Error {
  constructor(readonly reason: "full" | "stale") {
    super(reason === "full" ? "the queue is full" : "waited too long in the queue");
    this.name = "BatchRefused";
  }
}

export function batched<Item, Result>(
  run: (items: Item[]) => Promise<Result[]>,
  options: BatchOptions<Item>,
): (item: Item) => Promise<Result> {
  const queue: {
    item: Item;
    queuedAt: number;
    resolve: (result: Result) => void;
    reject: (error: unknown) => void;
  }[] = [];
  const concurrency = options.concurrency ?? 1;
  const refuse = options.refuse ?? ((reason: "full" | "stale") => new BatchRefused(reason));
  let running = 0;
  let scheduled = false;

  const schedule = () => {
    if (running >= concurrency || scheduled || queue.length === 0) return;
    scheduled = true;
    setImmediate(flush);
  };

  async function flush() {
    scheduled = false;
    running++;
    if (options.maxWaitMs !== undefined) {
      const oldest = Date.now() - options.maxWaitMs;
      for (let index = queue.length - 1; index >= 0; index--) {
        const entry = queue[index] as (typeof queue)[number];
        if (entry.queuedAt >= oldest) continue;
        queue.splice(index, 1);
        entry.reject(refuse("stale"));
      }
    }
    const batch: typeof queue = [];
    for (let index = 0; index < queue.length && batch.length < options.maxSize;) {
      const entry = queue[index] as (typeof queue)[number];
      if (
        options.fits &&
        !options.fits(
          batch.map((b) => b.item),
          entry.item,
        )
      ) {
        index++;
        continue;
      }
      batch.push(entry);
      queue.splice(index, 1);
    }
    if (batch.length === 0) {
      running--;
      return;
    }
    schedule(); // what is left may start beside this batch, up to `concurrency`
    try {
      const results = await run(batch.map((entry) => entry.item));
      batch.forEach((entry, index) => entry.resolve(results[index] as Result));
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
