// Everything Hearth holds about one person, for them: as JSON (for machines) and as a plain
// text file a person can read. Only their own words and records; other people appear only by
// the pseudonym they chose to show.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

export async function exportMyData(actor: MemberActor) {
  const userId = actor.userId;
  const [
    user,
    memberships,
    messages,
    reactions,
    reports,
    notices,
    blocks,
    mutes,
    appeals,
    checkIns,
    follows,
    pushes,
    passkeys,
  ] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        pseudonym: true,
        siteRole: true,
        createdAt: true,
        crisisRegion: true,
        readingFilters: true,
      },
    }),
    db().membership.findMany({
      where: { userId },
      orderBy: { joinedAt: "asc" },
      select: {
        role: true,
        listenOnly: true,
        joinedAt: true,
        leftAt: true,
        removedAt: true,
        mutedUntil: true,
        guidelinesAcceptedAt: true,
        room: { select: { name: true } },
      },
    }),
    db().message.findMany({
      where: { authorId: userId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        body: true,
        contentWarning: true,
        createdAt: true,
        editedAt: true,
        deletedAt: true,
        hiddenAt: true,
        hiddenReason: true,
        crisisFlaggedAt: true,
        room: { select: { name: true } },
      },
    }),
    db().reaction.findMany({
      where: { userId },
      select: { kind: true, createdAt: true, messageId: true },
      orderBy: { createdAt: "asc" },
    }),
    db().report.findMany({
      where: { reporterId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        messageId: true,
        reason: true,
        details: true,
        status: true,
        createdAt: true,
        resolvedAt: true,
      },
    }),
    db().notice.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { kind: true, body: true, createdAt: true, readAt: true, room: { select: { name: true } } },
    }),
    db().block.findMany({
      where: { blockerId: userId },
      select: { createdAt: true, blocked: { select: { pseudonym: true } } },
    }),
    db().personalMute.findMany({
      where: { userId },
      select: { createdAt: true, mutedUser: { select: { pseudonym: true } } },
    }),
    db().appeal.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { words: true, status: true, decisionReason: true, createdAt: true, decidedAt: true },
    }),
    db().checkIn.findMany({
      where: { memberId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        status: true,
        createdAt: true,
        room: { select: { name: true } },
        messages: {
          orderBy: { id: "asc" },
          select: { body: true, createdAt: true, authorId: true, author: { select: { pseudonym: true } } },
        },
      },
    }),
    db().sessionFollow.findMany({
      where: { userId },
      select: { createdAt: true, room: { select: { name: true } } },
    }),
    db().pushSubscription.findMany({
      where: { userId },
      select: { endpoint: true, createdAt: true, careAlerts: true },
    }),
    db().passkey.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { name: true, createdAt: true, lastUsedAt: true },
    }),
  ]);

  return {
    exportedAt: new Date().toISOString(),
    account: {
      pseudonym: user.pseudonym,
      role: user.siteRole,
      createdAt: iso(user.createdAt),
      crisisLinesFor: user.crisisRegion,
      readingFilters: user.readingFilters,
    },
    memberships: memberships.map((row) => ({
      room: row.room.name,
      role: row.role,
      listenOnly: row.listenOnly,
      joinedAt: iso(row.joinedAt),
      leftAt: iso(row.leftAt),
      removedAt: iso(row.removedAt),
      mutedUntil: iso(row.mutedUntil),
      guidelinesAcceptedAt: iso(row.guidelinesAcceptedAt),
    })),
    messages: messages.map((row) => ({
      id: row.id.toString(),
      room: row.room.name,
      body: row.body,
      contentWarning: row.contentWarning,
      createdAt: iso(row.createdAt),
      editedAt: iso(row.editedAt),
      deletedAt: iso(row.deletedAt),
      hiddenByModeratorAt: iso(row.hiddenAt),
      hiddenReason: row.hiddenReason,
      coveredAsPainfulAt: iso(row.crisisFlaggedAt),
    })),
    reactions: reactions.map((row) => ({
      messageId: row.messageId.toString(),
      kind: row.kind,
      createdAt: iso(row.createdAt),
    })),
    reportsMade: reports.map((row) => ({
      messageId: row.messageId.toString(),
      reason: row.reason,
      details: row.details,
      status: row.status,
      createdAt: iso(row.createdAt),
      resolvedAt: iso(row.resolvedAt),
    })),
    notices: notices.map((row) => ({
      kind: row.kind,
      room: row.room?.name ?? null,
      body: row.body,
      createdAt: iso(row.createdAt),
      readAt: iso(row.readAt),
    })),
    blocked: blocks.map((row) => ({ pseudonym: row.blocked.pseudonym, since: iso(row.createdAt) })),
    mutedForMe: mutes.map((row) => ({ pseudonym: row.mutedUser.pseudonym, since: iso(row.createdAt) })),
    followedSessions: follows.map((row) => ({ room: row.room.name, since: iso(row.createdAt) })),
    // Which push service, not the browser's secret keys.
    notificationDevices: pushes.map((row) => ({
      service: new URL(row.endpoint).host,
      since: iso(row.createdAt),
      careAlerts: row.careAlerts,
    })),
    // The names and dates, never the keys.
    passkeys: passkeys.map((row) => ({
      name: row.name,
      addedAt: iso(row.createdAt),
      lastUsedAt: iso(row.lastUsedAt),
    })),
    appeals: appeals.map((row) => ({
      words: row.words,
      status: row.status,
      decisionReason: row.decisionReason,
      createdAt: iso(row.createdAt),
      decidedAt: iso(row.decidedAt),
    })),
    checkIns: checkIns.map((row) => ({
      room: row.room.name,
      status: row.status,
      createdAt: iso(row.createdAt),
      messages: row.messages.map((message) => ({
        from: message.authorId === userId ? "you" : (message.author?.pseudonym ?? "a moderator"),
        body: message.body,
        createdAt: iso(message.createdAt),
      })),
    })),
  };
}

export type MyData = Awaited<ReturnType<typeof exportMyData>>;

/** The same data as a plain text file a person can read. */
export function myDataAsText(data: MyData): string {
  const lines: string[] = [];
  const section = (title: string, count: number) => {
    lines.push("", title, "=".repeat(title.length), count === 0 ? "(none)" : "");
  };
  const when = (value: string | null) => (value ? value.replace("T", " ").slice(0, 16) + " UTC" : "");
  lines.push(
    "Everything Hearth holds about you",
    `Exported ${when(data.exportedAt)}`,
    "",
    `Pseudonym: ${data.account.pseudonym}`,
    `Account made: ${when(data.account.createdAt)}`,
    `Role: ${data.account.role}`,
  );
  section("Rooms", data.memberships.length);
  for (const row of data.memberships)
    lines.push(
      `- ${row.room}: ${row.role}${row.listenOnly ? ", listening" : ""}, joined ${when(row.joinedAt)}${row.leftAt ? `, left ${when(row.leftAt)}` : ""}${row.removedAt ? `, removed ${when(row.removedAt)}` : ""}`,
    );
  section("Your messages", data.messages.length);
  for (const row of data.messages) {
    const marks = [
      row.deletedAt && `deleted ${when(row.deletedAt)}`,
      row.editedAt && "edited",
      row.hiddenByModeratorAt && `hidden by a moderator: ${row.hiddenReason ?? ""}`,
      row.contentWarning && `content warning: ${row.contentWarning}`,
    ].filter(Boolean);
    lines.push(`- ${when(row.createdAt)} in ${row.room}${marks.length ? ` (${marks.join("; ")})` : ""}`);
    lines.push(`  ${row.body.replace(/\n/g, "\n  ") || "(no words kept)"}`);
  }
  section("Your reactions", data.reactions.length);
  for (const row of data.reactions)
    lines.push(`- ${row.kind} on message ${row.messageId}, ${when(row.createdAt)}`);
  section("Your reports", data.reportsMade.length);
  for (const row of data.reportsMade)
    lines.push(
      `- ${when(row.createdAt)}: message ${row.messageId}, ${row.reason}, ${row.status}${row.details ? `: ${row.details}` : ""}`,
    );
  section("Notices to you", data.notices.length);
  for (const row of data.notices)
    lines.push(`- ${when(row.createdAt)}${row.room ? ` (${row.room})` : ""}: ${row.body}`);
  section("People you blocked", data.blocked.length);
  for (const row of data.blocked) lines.push(`- ${row.pseudonym}, since ${when(row.since)}`);
  section("People you muted for yourself", data.mutedForMe.length);
  for (const row of data.mutedForMe) lines.push(`- ${row.pseudonym}, since ${when(row.since)}`);
  section("Rooms whose sessions you follow", data.followedSessions.length);
  for (const row of data.followedSessions) lines.push(`- ${row.room}, since ${when(row.since)}`);
  section("Devices that show you notifications", data.notificationDevices.length);
  for (const row of data.notificationDevices)
    lines.push(
      `- through ${row.service}, since ${when(row.since)}${row.careAlerts ? " (also care alerts, as a moderator)" : ""}`,
    );
  section("Your passkeys", data.passkeys.length);
  for (const row of data.passkeys)
    lines.push(
      `- ${row.name}, added ${when(row.addedAt)}${row.lastUsedAt ? `, last used ${when(row.lastUsedAt)}` : ", not used yet"}`,
    );
  section("Your appeals", data.appeals.length);
  for (const row of data.appeals)
    lines.push(
      `- ${when(row.createdAt)}: ${row.status}. You wrote: ${row.words}${row.decisionReason ? ` Their reason: ${row.decisionReason}` : ""}`,
    );
  section("Private check-ins", data.checkIns.length);
  for (const row of data.checkIns) {
    lines.push(`- In ${row.room}, ${when(row.createdAt)} (${row.status})`);
    for (const message of row.messages)
      lines.push(`  ${message.from}, ${when(message.createdAt)}: ${message.body}`);
  }
  return `${lines.join("\n")}\n`;
}
