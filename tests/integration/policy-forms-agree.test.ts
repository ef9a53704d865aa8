// A rule that runs both as TypeScript and as SQL or a Prisma filter (docs/decisions/0008) must
// decide the same way in both. Each table below builds its situations as real rows, asks every
// form of the rule about them, and checks the answers against the table and each other.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma, type MessageHold } from "@/generated/prisma/client";
import { appealsToReviewSql, canDecideAppeal } from "@/lib/server/policies/appeal-policies";
import {
  blockedRelationsOf,
  blockedRelationsSql,
  blocksConcerningWhere,
} from "@/lib/server/policies/block-policies";
import {
  canModerateRoom,
  moderatedRoomsWhere,
  moderatorsOfRoomWhere,
} from "@/lib/server/policies/moderation-policies";
import { canPost, canPostSql } from "@/lib/server/policies/room-policies";
import {
  defaultTrust,
  holdFor,
  holdForSql,
  type TrustFacts,
  type TrustThresholds,
  type WordsFacts,
} from "@/lib/server/policies/trust-policies";
import { careCandidates } from "@/lib/server/services/care/care-candidates";
import { moderatorIdsOfRoom } from "@/lib/server/services/moderation/room-moderators";
import { readAppealFacts } from "@/lib/server/services/appeals/appeal-facts";
import {
  canPostDuringSession,
  canPostDuringSessionSql,
  sessionInProgressSql,
} from "@/lib/server/policies/session-policies";
import { createRoom } from "@/tests/factories/chat";
import { createPersonRow } from "@/tests/factories/rows";
import { databasePerFile } from "@/tests/setup/test-database-per-file";

const database = databasePerFile();
const prisma = () => database.prisma;
const databaseNow = async () => (await prisma().$queryRaw<{ now: Date }[]>`SELECT now() AS now`)[0]!.now;

describe("canPost and canPostSql", () => {
  let start = new Date();
  beforeAll(async () => {
    start = await databaseNow();
  });
  // Seconds before the test started (negative: after). Every boundary case only moves away from
  // its boundary as the test runs, so a slow machine cannot flip an outcome.
  const ago = (seconds: number) => new Date(start.getTime() - seconds * 1000);

  type MembershipRow = Omit<Prisma.MembershipUncheckedCreateInput, "roomId" | "userId">;
  // situation → how its rows differ from a member in good standing in an open room, and canPost's outcome
  const table: [string, MembershipRow | null, Prisma.RoomUpdateInput, string][] = [
    ["member", {}, {}, "allowed"],
    ["listener", { listenOnly: true }, {}, "forbidden"],
    ["not in the room", null, {}, "forbidden"],
    ["left the room", { leftAt: ago(60) }, {}, "forbidden"],
    ["removed", { removedAt: ago(60) }, {}, "removed"],
    ["removed and left", { removedAt: ago(60), leftAt: ago(30) }, {}, "removed"],
    ["muted", { mutedUntil: ago(-600) }, {}, "muted"],
    ["mute expired", { mutedUntil: ago(1) }, {}, "allowed"],
    ["old guidelines", { guidelinesAcceptedVersion: 1 }, {}, "guidelines_required"],
    ["guidelines never accepted", { guidelinesAcceptedVersion: null }, {}, "guidelines_required"],
    ["member, room locked", {}, { lockedAt: ago(10) }, "room_locked"],
    ["slow mode, posted 5 s ago", { lastPostedAt: ago(5) }, { slowModeSeconds: 30 }, "slow_mode"],
    ["slow mode, posted 31 s ago", { lastPostedAt: ago(31) }, { slowModeSeconds: 30 }, "allowed"],
    ["slow mode, never posted", { lastPostedAt: null }, { slowModeSeconds: 30 }, "allowed"],
    ["no slow mode, posted 1 s ago", { lastPostedAt: ago(1) }, {}, "allowed"],
    ["member, room archived", {}, { archivedAt: ago(10) }, "not_found"],
    [
      "listener, muted, room locked",
      { listenOnly: true, mutedUntil: ago(-600) },
      { lockedAt: ago(10) },
      "forbidden",
    ],
  ];

  it.each(table)("%s", async (_situation, membershipRow, roomChanges, expected) => {
    const room = await createRoom(prisma());
    await prisma().room.update({ where: { id: room.id }, data: { guidelinesVersion: 2, ...roomChanges } });
    const person = await createPersonRow(prisma());
    if (membershipRow)
      await prisma().membership.create({
        data: { roomId: room.id, userId: person.id, guidelinesAcceptedVersion: 2, ...membershipRow },
      });

    const roomFacts = await prisma().room.findUniqueOrThrow({
      where: { id: room.id },
      select: { guidelinesVersion: true, lockedAt: true, slowModeSeconds: true, archivedAt: true },
    });
    const membershipFacts = await prisma().membership.findUnique({
      where: { roomId_userId: { roomId: room.id, userId: person.id } },
      select: {
        listenOnly: true,
        guidelinesAcceptedVersion: true,
        mutedUntil: true,
        removedAt: true,
        leftAt: true,
        lastPostedAt: true,
      },
    });
    const decision = canPost(membershipFacts, roomFacts, await databaseNow());
    // The send path's shape: the room as r, the sender's membership as m, joined.
    const [sql] = await prisma().$queryRaw<{ allowed: boolean }[]>`
      SELECT EXISTS (
        SELECT 1 FROM "Room" r JOIN "Membership" m ON m."roomId" = r.id
        WHERE r.id = ${room.id}::uuid AND m."userId" = ${person.id}::uuid AND ${canPostSql}
      ) AS allowed`;

    expect({ typescript: decision.allowed ? "allowed" : decision.code, sql: sql?.allowed }).toEqual({
      typescript: expected,
      sql: expected === "allowed",
    });
  });
});

describe("canModerateRoom, moderatedRoomsWhere, moderatorsOfRoomWhere and moderatorMembershipSql", () => {
  type Place = { role: "member" | "moderator"; removed?: boolean; left?: boolean } | null;
  // person → site role, their place in this room and in another room, and whether they may moderate each
  const table: [string, "member" | "admin", Place, Place, [boolean, boolean]][] = [
    ["admin", "admin", null, null, [true, true]],
    ["admin removed from this room", "admin", { role: "member", removed: true }, null, [true, true]],
    ["this room's moderator", "member", { role: "moderator" }, null, [true, false]],
    ["this room's moderator, left it", "member", { role: "moderator", left: true }, null, [true, false]],
    ["removed moderator", "member", { role: "moderator", removed: true }, null, [false, false]],
    ["moderator of another room", "member", null, { role: "moderator" }, [false, true]],
    ["member here, moderator there", "member", { role: "member" }, { role: "moderator" }, [false, true]],
    ["member", "member", { role: "member" }, null, [false, false]],
    ["outsider", "member", null, null, [false, false]],
  ];

  it.each(table)("%s", async (_situation, siteRole, here, there, expected) => {
    const rooms = [await createRoom(prisma()), await createRoom(prisma())];
    const person = await createPersonRow(prisma(), { siteRole });
    for (const [index, place] of [here, there].entries()) {
      if (!place) continue;
      await prisma().membership.create({
        data: {
          roomId: rooms[index]!.id,
          userId: person.id,
          role: place.role,
          removedAt: place.removed ? new Date() : null,
          leftAt: place.left ? new Date() : null,
        },
      });
    }

    const answers = [];
    for (const room of rooms) {
      const membership = await prisma().membership.findUnique({
        where: { roomId_userId: { roomId: room.id, userId: person.id } },
        select: { role: true, removedAt: true },
      });
      const actor = { userId: person.id, siteRole: person.siteRole, staffPowers: "ready" as const };
      // A session without a second step (decision 0028) moderates nothing, in either form.
      const waiting = { ...actor, staffPowers: "waiting" as const };
      expect(canModerateRoom({ ...waiting, membership }).allowed).toBe(false);
      expect(
        await prisma().room.count({ where: { AND: [{ id: room.id }, moderatedRoomsWhere(waiting)] } }),
      ).toBe(0);
      answers.push({
        typescript: canModerateRoom({ ...actor, membership }).allowed,
        roomsFilter:
          (await prisma().room.count({ where: { AND: [{ id: room.id }, moderatedRoomsWhere(actor)] } })) ===
          1,
        peopleFilter:
          (await prisma().user.count({
            where: { AND: [{ id: person.id }, moderatorsOfRoomWhere(room.id)] },
          })) === 1,
        peopleByIndex: (await moderatorIdsOfRoom(prisma(), room.id)).includes(person.id),
        // The care worker's facts: among the people alerted, and a moderator of the room as such
        // only by appointment (an admin is alerted as an admin).
        careCandidate: (await careCandidates(prisma(), room.id, null)).some(
          (candidate) => candidate.userId === person.id && (candidate.isAdmin || candidate.moderatesRoom),
        ),
      });
    }
    expect(answers).toEqual(
      expected.map((may) => ({
        typescript: may,
        roomsFilter: may,
        peopleFilter: may,
        peopleByIndex: may,
        careCandidate: may,
      })),
    );
  });
});

describe("the block rule: blockedRelationsOf, blocksConcerningWhere and blockedRelationsSql", () => {
  const people: Record<string, string> = {};
  beforeAll(async () => {
    for (const name of ["me", "blocker", "blocked", "both ways", "someone else", "their blocked one"])
      people[name] = (await createPersonRow(prisma())).id;
    const blocks = [
      ["blocker", "me"],
      ["me", "blocked"],
      ["me", "both ways"],
      ["both ways", "me"],
      ["someone else", "their blocked one"],
    ];
    await prisma().block.createMany({
      data: blocks.map(([by, of]) => ({ blockerId: people[by!]!, blockedId: people[of!]! })),
    });
  });

  // pair of people → hidden from each other; each pair is asked from both sides
  const table: [string, string, boolean][] = [
    ["me", "blocker", true],
    ["me", "blocked", true],
    ["me", "both ways", true],
    ["me", "someone else", false],
    ["someone else", "their blocked one", true],
    ["me", "their blocked one", false],
    ["blocker", "blocked", false],
  ];

  it.each(table)("%s and %s", async (first, second, expected) => {
    const allBlocks = await prisma().block.findMany({ select: { blockerId: true, blockedId: true } });
    for (const [viewer, other] of [
      [people[first]!, people[second]!],
      [people[second]!, people[first]!],
    ] as const) {
      const concerning = await prisma().block.findMany({
        where: blocksConcerningWhere(viewer),
        select: { blockerId: true, blockedId: true },
      });
      const [sql] = await prisma().$queryRaw<{ hidden: boolean }[]>`
        SELECT ${other}::text = ANY(${blockedRelationsSql(Prisma.sql`${viewer}::uuid`)}) AS hidden`;
      expect({
        typescript: blockedRelationsOf(viewer, allBlocks).includes(other),
        prismaFilter: blockedRelationsOf(viewer, concerning).includes(other),
        sql: sql?.hidden,
      }).toEqual({ typescript: expected, prismaFilter: expected, sql: expected });
    }
  });
});

describe("canPostDuringSession and canPostDuringSessionSql", () => {
  // The writer → their role, whether they facilitate, the occurrence's state, and the outcome.
  type Occurrence = {
    timing: "in progress" | "later" | "over" | "closed";
    opened?: boolean;
    paused?: boolean;
    floor?: "writer" | "someone else";
  } | null;
  const table: [string, "member" | "moderator", boolean, Occurrence, string][] = [
    ["no session", "member", false, null, "allowed"],
    ["a session later today", "member", false, { timing: "later" }, "allowed"],
    ["a session that is over", "member", false, { timing: "over" }, "allowed"],
    ["a session closed early", "member", false, { timing: "closed", opened: true, paused: true }, "allowed"],
    ["waiting: member", "member", false, { timing: "in progress" }, "session_waiting"],
    ["waiting: moderator", "moderator", false, { timing: "in progress" }, "allowed"],
    ["waiting: facilitator", "moderator", true, { timing: "in progress" }, "allowed"],
    ["running", "member", false, { timing: "in progress", opened: true }, "allowed"],
    ["paused: member", "member", false, { timing: "in progress", opened: true, paused: true }, "room_paused"],
    [
      "paused: moderator",
      "moderator",
      false,
      { timing: "in progress", opened: true, paused: true },
      "room_paused",
    ],
    [
      "paused: facilitator",
      "moderator",
      true,
      { timing: "in progress", opened: true, paused: true },
      "allowed",
    ],
    [
      "floor to the writer",
      "member",
      false,
      { timing: "in progress", opened: true, floor: "writer" },
      "allowed",
    ],
    [
      "floor to someone else",
      "member",
      false,
      { timing: "in progress", opened: true, floor: "someone else" },
      "floor_given",
    ],
    [
      "floor elsewhere: facilitator",
      "moderator",
      true,
      { timing: "in progress", opened: true, floor: "someone else" },
      "allowed",
    ],
  ];

  it.each(table)("%s", async (_situation, role, facilitates, occurrence, expected) => {
    const room = await createRoom(prisma());
    const [writer, other, facilitator] = [
      await createPersonRow(prisma()),
      await createPersonRow(prisma()),
      await createPersonRow(prisma()),
    ];
    await prisma().membership.create({
      data: { roomId: room.id, userId: writer.id, role, guidelinesAcceptedVersion: 1 },
    });
    if (occurrence) {
      const now = await databaseNow();
      const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
      const [startsAt, endsAt] =
        occurrence.timing === "later"
          ? [minutes(60), minutes(120)]
          : occurrence.timing === "over"
            ? [minutes(-120), minutes(-60)]
            : [minutes(-10), minutes(50)];
      const session = await prisma().groupSession.create({
        data: {
          roomId: room.id,
          theme: "A circle",
          firstStartsAt: startsAt,
          durationMinutes: 60,
          timeZone: "UTC",
          facilitators: { create: [{ userId: facilitates ? writer.id : facilitator.id }] },
        },
      });
      await prisma().sessionOccurrence.create({
        data: {
          sessionId: session.id,
          roomId: room.id,
          startsAt,
          endsAt,
          openedAt: occurrence.opened ? startsAt : null,
          pausedAt: occurrence.paused ? now : null,
          floorUserId: occurrence.floor === "writer" ? writer.id : occurrence.floor ? other.id : null,
          closedAt: occurrence.timing === "closed" ? now : null,
        },
      });
    }

    // The facts as the send path reads them: the occurrence in progress, with its facilitators.
    const [inProgress] = await prisma().$queryRaw<
      { openedAt: Date | null; pausedAt: Date | null; floorUserId: string | null; facilitatorIds: string[] }[]
    >`
      SELECT o."openedAt", o."pausedAt", o."floorUserId"::text AS "floorUserId",
             ARRAY(SELECT f."userId"::text FROM "SessionFacilitator" f WHERE f."sessionId" = o."sessionId") AS "facilitatorIds"
      FROM "SessionOccurrence" o WHERE ${sessionInProgressSql(Prisma.sql`${room.id}::uuid`)}`;
    const decision = canPostDuringSession({ userId: writer.id, role }, inProgress ?? null);
    const [sql] = await prisma().$queryRaw<{ allowed: boolean }[]>`
      SELECT EXISTS (
        SELECT 1 FROM "Room" r JOIN "Membership" m ON m."roomId" = r.id
        WHERE r.id = ${room.id}::uuid AND m."userId" = ${writer.id}::uuid AND ${canPostDuringSessionSql}
      ) AS allowed`;

    expect({ typescript: decision.allowed ? "allowed" : decision.code, sql: sql?.allowed }).toEqual({
      typescript: expected,
      sql: expected === "allowed",
    });
  });
});

describe("canDecideAppeal and appealsToReviewSql", () => {
  type Rank = "member" | "moderator" | "admin";
  // Who acted (rank when acting → now; null: Hearth) and who appeals (rank when acted on → now);
  // a null "then" is an action from before ranks were kept.
  type Side = [then: Rank | null, now: Rank];
  // situation → may decide: [another admin, the one who acted (another moderator when Hearth
  // acted), another moderator of the room, the appellant, a moderator removed from the room]
  const table: [string, Side | null, Side, string[]][] = [
    [
      "a moderator's action on a member",
      ["moderator", "moderator"],
      ["member", "member"],
      ["y", "n", "y", "n", "n"],
    ],
    ["an admin's action on a member", ["admin", "admin"], ["member", "member"], ["y", "n", "n", "n", "n"]],
    [
      "an admin's action on a moderator",
      ["admin", "admin"],
      ["moderator", "moderator"],
      ["y", "n", "n", "n", "n"],
    ],
    ["an admin's action on an admin", ["admin", "admin"], ["admin", "admin"], ["y", "n", "n", "n", "n"]],
    [
      "an admin then, a moderator now, acted",
      ["admin", "moderator"],
      ["member", "member"],
      ["y", "n", "n", "n", "n"],
    ],
    [
      "a moderator then, an admin now, acted",
      ["moderator", "admin"],
      ["member", "member"],
      ["y", "n", "n", "n", "n"],
    ],
    [
      "acted on as a moderator, a member now",
      ["admin", "admin"],
      ["moderator", "member"],
      ["y", "n", "n", "n", "n"],
    ],
    [
      "acted on as a member, a moderator now",
      ["moderator", "moderator"],
      ["member", "moderator"],
      ["y", "n", "n", "n", "n"],
    ],
    [
      "acted on as a member, an admin now",
      ["moderator", "moderator"],
      ["member", "admin"],
      ["y", "n", "n", "n", "n"],
    ],
    ["Hearth held a member's message", null, ["member", "member"], ["y", "y", "y", "n", "n"]],
    [
      "before ranks were kept: moderator on member",
      [null, "moderator"],
      [null, "member"],
      ["y", "n", "y", "n", "n"],
    ],
    ["before ranks were kept: admin on member", [null, "admin"], [null, "member"], ["y", "n", "n", "n", "n"]],
    [
      "before ranks were kept: on a moderator",
      [null, "admin"],
      [null, "moderator"],
      ["y", "n", "n", "n", "n"],
    ],
  ];

  async function personWithRank(roomId: string, rank: Rank, removed = false) {
    const person = await createPersonRow(prisma(), { siteRole: rank === "admin" ? "admin" : "member" });
    if (rank !== "admin")
      await prisma().membership.create({
        data: { roomId, userId: person.id, role: rank, removedAt: removed ? new Date() : null },
      });
    return person.id;
  }

  it.each(table)("%s", async (_situation, actedBy, appellantSide, expected) => {
    const room = await createRoom(prisma());
    const appellant = await personWithRank(room.id, appellantSide[1]);
    const actor = actedBy ? await personWithRank(room.id, actedBy[1]) : null;
    const action = await prisma().moderationAction.create({
      data: {
        kind: "warn_member",
        actorId: actor,
        roomId: room.id,
        targetUserId: appellant,
        reason: "a test",
        actorRank: actedBy?.[0] ?? null,
        targetRank: appellantSide[0],
      },
      select: { id: true },
    });
    const appeal = await prisma().appeal.create({
      data: { moderationActionId: action.id, userId: appellant, roomId: room.id, words: "please" },
      select: { id: true },
    });
    const reviewers = [
      await personWithRank(room.id, "admin"),
      actor ?? (await personWithRank(room.id, "moderator")),
      await personWithRank(room.id, "moderator"),
      appellant,
      await personWithRank(room.id, "moderator", true),
    ];

    const answers = [];
    for (const reviewer of reviewers) {
      const read = await readAppealFacts(prisma(), appeal.id, reviewer);
      const { siteRole } = await prisma().user.findUniqueOrThrow({
        where: { id: reviewer },
        select: { siteRole: true },
      });
      const decision = canDecideAppeal(
        { userId: reviewer, siteRole, staffPowers: "ready", membership: read!.reviewerMembership },
        read!.facts,
      );
      const [sql] = await prisma().$queryRaw<{ listed: boolean }[]>`
        SELECT EXISTS (
          SELECT 1 FROM "Appeal" a JOIN "ModerationAction" ma ON ma.id = a."moderationActionId"
          WHERE a.id = ${appeal.id}::uuid AND ${appealsToReviewSql({ userId: reviewer, siteRole })}
        ) AS listed`;
      answers.push({ typescript: decision.allowed ? "y" : "n", sql: sql?.listed ? "y" : "n" });
    }
    expect(answers).toEqual(expected.map((may) => ({ typescript: may, sql: may })));
  });
});

describe("holdFor and holdForSql (newcomer trust, decided in the send path's insert)", () => {
  // The sender and their words → why the message waits for a moderator (null: shown at once).
  type Sender = {
    siteRole?: "member" | "admin";
    role?: "member" | "moderator";
    /** Messages shown in this room, and in another room. */
    postsHere: number;
    postsElsewhere?: number;
    joinedHoursAgo: number;
    accountHoursAgo: number;
  };
  type Situation = {
    careful?: boolean;
    sender: Sender;
    words?: Partial<WordsFacts>;
    thresholds?: Partial<TrustThresholds>;
  };
  const regular: Sender = { postsHere: 40, postsElsewhere: 80, joinedHoursAgo: 720, accountHoursAgo: 1440 };
  const newcomer: Sender = { postsHere: 0, joinedHoursAgo: 1, accountHoursAgo: 2 };
  const table: [string, Situation, MessageHold | null][] = [
    ["a regular's words", { sender: regular }, null],
    ["a regular's link", { sender: regular, words: { hasLink: true } }, null],
    ["a regular's flagged words", { sender: regular, words: { flagged: true } }, null],
    ["a regular in a careful room", { careful: true, sender: regular }, null],
    ["a newcomer in a careful room", { careful: true, sender: newcomer }, "careful_room"],
    ["new by count, careful room", { careful: true, sender: { ...regular, postsHere: 4 } }, "careful_room"],
    [
      "new by time, careful room",
      { careful: true, sender: { ...regular, joinedHoursAgo: 23 } },
      "careful_room",
    ],
    [
      "a newcomer's crisis words, careful room",
      { careful: true, sender: newcomer, words: { crisis: true, hasLink: true, flagged: true } },
      null,
    ],
    ["a new moderator, careful room", { careful: true, sender: { ...newcomer, role: "moderator" } }, null],
    [
      "a new admin, careful room",
      { careful: true, sender: { ...newcomer, siteRole: "admin" }, words: { hasLink: true } },
      null,
    ],
    ["a newcomer's words", { sender: newcomer }, null],
    ["a newcomer's flagged words", { sender: newcomer, words: { flagged: true } }, "watched_word"],
    ["a newcomer's link", { sender: newcomer, words: { hasLink: true, flagged: true } }, "link"],
    [
      "a young account's link",
      { sender: { ...regular, accountHoursAgo: 23 }, words: { hasLink: true } },
      "link",
    ],
    [
      "few posts anywhere, a link",
      { sender: { ...regular, postsHere: 2, postsElsewhere: 2 }, words: { hasLink: true } },
      "link",
    ],
    [
      "posts counted in every room, a link",
      { sender: { ...regular, postsHere: 2, postsElsewhere: 3 }, words: { hasLink: true } },
      null,
    ],
    [
      "new here only, flagged",
      { sender: { ...regular, postsHere: 1 }, words: { flagged: true } },
      "watched_word",
    ],
    [
      "thresholds lowered: no one is new",
      { careful: true, sender: newcomer, thresholds: { newcomerMessages: 0, newcomerHours: 0 } },
      null,
    ],
    [
      "thresholds raised: a month-old account is young",
      { sender: regular, words: { hasLink: true }, thresholds: { linkAccountHours: 2000 } },
      "link",
    ],
    [
      "thresholds raised: 40 posts is new",
      { careful: true, sender: regular, thresholds: { newcomerMessages: 41 } },
      "careful_room",
    ],
  ];

  it.each(table)("%s", async (_situation, { careful = false, sender, words = {}, thresholds }, expected) => {
    const now = await databaseNow();
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
    const [room, elsewhere] = [await createRoom(prisma()), await createRoom(prisma())];
    await prisma().room.update({ where: { id: room.id }, data: { careful } });
    const person = await createPersonRow(prisma(), { siteRole: sender.siteRole ?? "member" });
    await prisma().user.update({
      where: { id: person.id },
      data: { createdAt: hoursAgo(sender.accountHoursAgo) },
    });
    await prisma().membership.create({
      data: {
        roomId: room.id,
        userId: person.id,
        role: sender.role ?? "member",
        guidelinesAcceptedVersion: 1,
        postCount: sender.postsHere,
        joinedAt: hoursAgo(sender.joinedHoursAgo),
      },
    });
    if (sender.postsElsewhere)
      await prisma().membership.create({
        data: { roomId: elsewhere.id, userId: person.id, postCount: sender.postsElsewhere },
      });
    const settings = { ...defaultTrust, ...thresholds };
    if (thresholds) await prisma().trustSettings.create({ data: { id: 1, ...settings } });
    try {
      const allWords: WordsFacts = { hasLink: false, flagged: false, crisis: false, ...words };
      const facts: TrustFacts = {
        ...settings,
        careful,
        moderates: sender.siteRole === "admin" || sender.role === "moderator",
        postCount: sender.postsHere,
        joinedAt: hoursAgo(sender.joinedHoursAgo),
        accountCreatedAt: hoursAgo(sender.accountHoursAgo),
        postsAnywhere: sender.postsHere + (sender.postsElsewhere ?? 0),
      };
      // The send path's shape: the room as r, the membership as m, the sender as u, the settings as t.
      const [sql] = await prisma().$queryRaw<{ held: MessageHold | null }[]>`
        SELECT ${holdForSql({
          hasLink: Prisma.sql`${allWords.hasLink}::boolean`,
          flagged: Prisma.sql`${allWords.flagged}::boolean`,
          crisis: Prisma.sql`${allWords.crisis}::boolean`,
        })}::text AS held
        FROM "Room" r JOIN "Membership" m ON m."roomId" = r.id JOIN "User" u ON u.id = m."userId"
        LEFT JOIN "TrustSettings" t ON t.id = 1
        WHERE r.id = ${room.id}::uuid AND m."userId" = ${person.id}::uuid`;
      expect({ typescript: holdFor(facts, allWords, now), sql: sql?.held }).toEqual({
        typescript: expected,
        sql: expected,
      });
    } finally {
      await prisma().trustSettings.deleteMany({});
    }
  });
});
