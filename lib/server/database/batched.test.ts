import { describe, expect, it } from "vitest";
import { batched } from "@/lib/server/database/batched";

describe("batched", () => {
  it("runs a lone call alone, and calls that arrive together as one batch", async () => {
    const batches: number[][] = [];
    const double = batched(
      async (items: number[]) => {
        batches.push(items);
        return items.map((item) => item * 2);
      },
      { maxSize: 10 },
    );
    expect(await double(1)).toBe(2);
    expect(await Promise.all([double(2), double(3), double(4)])).toEqual([4, 6, 8]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it("keeps an item that does not fit for the next batch, in order", async () => {
    const batches: string[][] = [];
    const run = batched(
      async (items: string[]) => {
        batches.push(items);
        return items;
      },
      { maxSize: 10, oneBatchPer: (item) => item.slice(0, 1) },
    );
    await Promise.all(["a1", "b1", "a2", "c1", "a3"].map(run));
    expect(batches).toEqual([["a1", "b1", "c1"], ["a2"], ["a3"]]);
  });

  it("hands a large batch's answers back a slice per turn, in order, so the process reads its sockets between", async () => {
    const run = batched(async (items: number[]) => items, { maxSize: 100 });
    const answered: number[] = [];
    let answeredWhenOthersRan = -1;
    await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        run(index).then((value) => {
          answered.push(value);
          // Work queued by anyone else once the first answer is out: it must not wait for all 100.
          if (value === 0) setImmediate(() => (answeredWhenOthersRan = answered.length));
        }),
      ),
    );
    expect(answered).toEqual(Array.from({ length: 100 }, (_, index) => index));
    expect(answeredWhenOthersRan).toBeGreaterThan(0);
    expect(answeredWhenOthersRan).toBeLessThan(100);
  });

  it("hands a whole batch back in one turn when the caller asks, and asks when the batch finishes", async () => {
    let perTurn = Number.POSITIVE_INFINITY;
    const run = batched(
      async (items: number[]) => {
        perTurn = items.length > 50 ? Number.POSITIVE_INFINITY : 10;
        return items;
      },
      { maxSize: 100, answersPerTurn: () => perTurn },
    );
    const answersSeenByOthers = async (count: number) => {
      const answered: number[] = [];
      let answeredWhenOthersRan = -1;
      await Promise.all(
        Array.from({ length: count }, (_, index) =>
          run(index).then((value) => {
            answered.push(value);
            if (value === 0) setImmediate(() => (answeredWhenOthersRan = answered.length));
          }),
        ),
      );
      await new Promise((resolve) => setImmediate(resolve));
      expect(answered).toEqual(Array.from({ length: count }, (_, index) => index));
      return answeredWhenOthersRan;
    };
    // 100 in one batch: the run said "all at once" before the answers went back.
    expect(await answersSeenByOthers(100)).toBe(100);
    // 40: ten per turn, so others run before all forty are out.
    const seen = await answersSeenByOthers(40);
    expect(seen).toBeGreaterThanOrEqual(10);
    expect(seen).toBeLessThan(40);
  });

  it("runs up to `concurrency` batches at once", async () => {
    let inFlight = 0;
    let most = 0;
    const run = batched(
      async (items: number[]) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight--;
        return items;
      },
      { maxSize: 2, concurrency: 2 },
    );
    await Promise.all(Array.from({ length: 8 }, (_, index) => run(index)));
    expect(most).toBe(2);
  });

  it("respects the maximum size and rejects every call of a failed batch", async () => {
    const sizes: number[] = [];
    const run = batched(
      async (items: number[]) => {
        sizes.push(items.length);
        if (items.includes(13)) throw new Error("unlucky");
        return items;
      },
      { maxSize: 4 },
    );
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, index) => run(index + 8)));
    expect(sizes).toEqual([4, 4, 2]);
    expect(results.filter((result) => result.status === "rejected")).toHaveLength(4);
  });
});

describe("batched, bounded", () => {
  it("refuses a call at once when the queue is full, and runs the rest", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = batched(
      async (items: number[]) => {
        await gate;
        return items;
      },
      { maxSize: 1, maxQueue: 2 },
    );
    const first = run(1); // running
    await new Promise((resolve) => setImmediate(resolve));
    const waiting = [run(2), run(3)];
    await expect(run(4)).rejects.toMatchObject({ name: "BatchRefused", reason: "full" });
    release();
    expect(await Promise.all([first, ...waiting])).toEqual([1, 2, 3]);
  });

  it("refuses calls that waited too long without running them", async () => {
    const ran: number[] = [];
    const run = batched(
      async (items: number[]) => {
        ran.push(...items);
        await new Promise((resolve) => setTimeout(resolve, 60));
        return items;
      },
      { maxSize: 1, maxWaitMs: 30, refuse: (reason) => new Error(`refused: ${reason}`) },
    );
    const results = await Promise.allSettled([run(1), run(2), run(3)]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "rejected"]);
    expect(ran).toEqual([1]);
  });
});
