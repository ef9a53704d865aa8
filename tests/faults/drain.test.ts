// Stopping drains (docs/decisions/0015): SIGTERM while people send as fast as they are answered.
// Every send the server received is answered (acknowledged, or `unavailable` when it came in
// after the stop began), every acknowledged message is stored once, nothing the server had is
// left unanswered, the sockets close as a dropped transport (which clients treat as "reconnect"),
// and the process exits 0 within 10 s.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditSends,
  connectTalker,
  joinRoom,
  startChatter,
  type Talker,
} from "@/tests/faults/support/chatter";
import { startAppProcess, type AppProcess } from "@/tests/setup/app-process";
import { mintPeopleAndRooms } from "@/tests/setup/minted-people";
import { databasePerFile } from "@/tests/setup/test-database-per-file";

const database = databasePerFile();
const long = process.env.FAULTS_LONG === "1";
let app: AppProcess;
let talkers: Talker[] = [];

beforeAll(async () => {
  app = await startAppProcess({
    databaseUrl: database.url,
    env: { RATE_LIMIT_SCALE: "1000", LOG_LEVEL: "info" },
  });
  const { people } = await mintPeopleAndRooms(database.url, {
    people: long ? 200 : 40,
    rooms: long ? 20 : 4,
    joined: true,
  });
  talkers = await Promise.all(people.map((person) => connectTalker(app.url, person)));
  for (const talker of talkers) expect((await joinRoom(talker)).ok).toBe(true);
});

afterAll(async () => {
  for (const talker of talkers) talker.socket.close();
  await app?.stop();
});

describe("SIGTERM under load", () => {
  it("answers every send in flight, closes sockets as a dropped transport, and exits 0 within 10 s", async () => {
    const reasons: string[] = [];
    for (const talker of talkers) talker.socket.once("disconnect", (reason: string) => reasons.push(reason));
    const chatter = startChatter(talkers, long ? 600 : 150);
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const stopping = Date.now();
    const code = await app.stop();
    const exitMs = Date.now() - stopping;
    const records = await chatter.stop();
    const audit = await auditSends(database.url, records, 10_000);
    const drained = /"inFlight":(\d+).*shutdown: requests in flight answered/.exec(app.output());
    console.log(
      `SIGTERM: exit ${code} after ${exitMs} ms; ${drained?.[1] ?? "?"} requests were in flight`,
      audit,
    );

    expect(code).toBe(0);
    expect(exitMs).toBeLessThan(10_000);
    expect(audit).toMatchObject({
      unanswered: 0,
      answeredLate: 0,
      ackedNotStoredOnce: 0,
      disconnectedButStored: 0,
      saidUnsavedButStored: 0,
    });
    expect(Object.keys(audit.codes).filter((code) => code !== "unavailable")).toEqual([]);
    expect(audit.acked).toBeGreaterThan(100);
    expect(new Set(reasons)).toEqual(new Set(["transport close"]));
    expect(reasons).toHaveLength(talkers.length);
  });
});
