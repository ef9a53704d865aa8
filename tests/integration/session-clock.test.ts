// The session clock's steps against a real database, called as each process's clock calls them:
// writing weekly occurrences ahead (and skipping a week another session holds), closing what
// ended, and claiming each reminder once even when several processes look at the same moment.
import { beforeAll, describe, expect, it } from "vitest";
import {
  closeEndedOccurrences,
  sendDueReminders,
  writeWeeksAhead,
} from "@/lib/server/services/sessions/session-clock";
import { WEEK_MS } from "@/lib/server/services/sessions/occurrence-times";
import { createRoom } from "@/tests/factories/chat";
import { createPersonRow } from "@/tests/factories/rows";
import { databasePerFile } from "@/tests/setup/test-database-per-file";

const database = databasePerFile();
const prisma = () => database.prisma;

beforeAll(() => {
  // The services' one client (lib/server/db.ts) is this file's database.
  (globalThis as Record<symbol, unknown>)[Symbol.for("hearth.prisma")] = database.prisma;
});

async function weeklySession(roomId: string, firstStartsAt: Date, weeksWritten: number) {
  const facilitator = await createPersonRow(prisma());
  const session = await prisma().groupSession.create({
    data: {
      roomId,
      theme: "Weekly circle",
      firstStartsAt,
      durationMinutes: 60,
      weekly: true,
      timeZone: "Europe/London",
      facilitators: { create: [{ userId: facilitator.id }] },
    },
  });
  await prisma().sessionOccurrence.createMany({
    data: Array.from({ length: weeksWritten }, (_, week) => {
      const startsAt = new Date(firstStartsAt.getTime() + week * WEEK_MS);
      return { sessionId: session.id, roomId, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) };
    }),
  });
  return session;
}

describe("the session clock", () => {
  it("keeps weekly sessions written eight weeks ahead, once, skipping a week another session holds", async () => {
    const room = await createRoom(prisma());
    const first = new Date("2027-01-05T19:00:00Z");
    const session = await weeklySession(room.id, first, 2);
    // Another one-off session holds the fourth week's hour.
    const other = await weeklySession(room.id, new Date(first.getTime() + 3 * WEEK_MS), 1);
    await prisma().groupSession.update({ where: { id: other.id }, data: { weekly: false } });

    const now = new Date(first.getTime() - 24 * 3_600_000);
    await writeWeeksAhead(now);
    await writeWeeksAhead(now);
    const starts = (
      await prisma().sessionOccurrence.findMany({
        where: { sessionId: session.id },
        orderBy: { startsAt: "asc" },
        select: { startsAt: true },
      })
    ).map((row) => Math.round((row.startsAt.getTime() - first.getTime()) / WEEK_MS));
    expect(starts).toEqual([0, 1, 2, 4, 5, 6, 7]);
  });

  it("closes what ended, and leaves what runs", async () => {
    const room = await createRoom(prisma());
    const now = Date.now();
    const session = await weeklySession(room.id, new Date(now - 2 * 3_600_000), 1);
    const running = await weeklySession(room.id, new Date(now - 10 * 60_000), 1);
    expect(await closeEndedOccurrences()).toBeGreaterThanOrEqual(1);
    const [ended] = await prisma().sessionOccurrence.findMany({ where: { sessionId: session.id } });
    const [inProgress] = await prisma().sessionOccurrence.findMany({ where: { sessionId: running.id } });
    expect(ended?.closedAt).not.toBeNull();
    expect(inProgress?.closedAt).toBeNull();
  });

  it("claims each reminder once, even when several processes look at the same moment", async () => {
    const room = await createRoom(prisma());
    await weeklySession(room.id, new Date(Date.now() + 5 * 60_000), 1);
    await weeklySession(room.id, new Date(Date.now() + 3 * 3_600_000), 1);
    const claims = await Promise.all([sendDueReminders(), sendDueReminders(), sendDueReminders()]);
    // Every due occurrence (this one, and one still running from the test above) claimed exactly once.
    expect(claims.reduce((sum, claimed) => sum + claimed, 0)).toBe(
      await prisma().sessionOccurrence.count({ where: { remindedAt: { not: null } } }),
    );
    expect(
      await prisma().sessionOccurrence.count({ where: { roomId: room.id, remindedAt: { not: null } } }),
    ).toBe(1);
  });
});
