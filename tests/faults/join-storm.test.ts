// Join storms succeed: everyone joining at the same moment (a restart, a session starting) is let
// in without a single error, fast, and never past a room's capacity.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { runJoinStorm } from "@/scripts/bench/join-storm";
import { appPerFile } from "@/tests/setup/app-per-file";
import { mintPeopleAndRooms } from "@/tests/setup/minted-people";

const long = process.env.FAULTS_LONG === "1";
const hearth = appPerFile({ RATE_LIMIT_SCALE: "1000" });

async function activeMembers(databaseUrl: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ roomId: string; count: number }>(
      `SELECT "roomId"::text AS "roomId", count(*)::int AS count FROM "Membership" WHERE "leftAt" IS NULL AND "removedAt" IS NULL GROUP BY "roomId"`,
    );
    return new Map(rows.map((row) => [row.roomId, row.count]));
  } finally {
    await client.end();
  }
}

describe("a join storm", () => {
  it(`lets ${long ? "1,000" : "400"} people join at once, every one of them, within seconds`, async () => {
    const people = long ? 1_000 : 400;
    const { roomIds, people: minted } = await mintPeopleAndRooms(hearth.database.url, {
      people,
      rooms: people / 10,
      prefix: "Storm",
    });
    const result = await runJoinStorm({
      url: hearth.app.url,
      cookies: minted.map((person) => person.cookie),
      roomOf: (index) => roomIds[index % roomIds.length] as string,
    });
    console.log(`join storm of ${people}:`, result);
    expect(result).toMatchObject({ ok: people, failed: 0 });
    // 3 s for 1,000 on a quiet 2-core machine; the short form allows for a loaded one.
    expect(result.allAnsweredMs).toBeLessThan(long ? 3_000 : 5_000);
    const counts = await activeMembers(hearth.database.url);
    expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBe(people);
  });

  it("never lets more people in than a room holds when more arrive at once", async () => {
    const { roomIds, people } = await mintPeopleAndRooms(hearth.database.url, {
      people: 60,
      rooms: 1,
      capacity: 12,
      prefix: "Crowd",
    });
    const result = await runJoinStorm({
      url: hearth.app.url,
      cookies: people.map((person) => person.cookie),
      roomOf: () => roomIds[0] as string,
    });
    expect(result).toMatchObject({ ok: 12, failed: 48, codes: { room_full: 48 } });
    expect((await activeMembers(hearth.database.url)).get(roomIds[0] as string)).toBe(12);
  });
});
