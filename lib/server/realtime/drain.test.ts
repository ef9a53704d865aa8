import { describe, expect, it } from "vitest";
import { drain, inFlight } from "@/lib/server/realtime/drain";

describe("drain", () => {
  it("is done only after what the last answer left for right after it has run", async () => {
    const happened: string[] = [];
    let answer!: () => void;
    const request = inFlight(
      () =>
        new Promise<void>((resolve) => {
          answer = () => {
            // As a send does: the room's delivery goes out once the sender is answered.
            process.nextTick(() => happened.push("delivered"));
            resolve();
          };
        }),
    );
    const drained = drain(5_000).then((outcome) => {
      happened.push("drained");
      return outcome;
    });
    answer();
    await request;
    expect(await drained).toMatchObject({ answered: true, inFlight: 1 });
    expect(happened).toEqual(["delivered", "drained"]);
  });
});
