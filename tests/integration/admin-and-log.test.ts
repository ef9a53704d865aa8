// `npm run admin:grant`, and who sees which part of the audit log at /mod/log.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compiledServer } from "@/scripts/compiled-server";
import { ask, createRoom, join, send } from "@/tests/factories/chat";
import { connectMember, makeAdmin, placeInRoom } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
const root = path.resolve(import.meta.dirname, "..", "..");

function grant(...args: string[]) {
  return spawnSync(process.execPath, [compiledServer.adminGrant, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, NODE_ENV: "test", DATABASE_URL: hearth.database.url, LOG_LEVEL: "silent" },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm run admin:grant", () => {
  it("makes a member an admin, logs it, and explains a wrong name or a missing one", async () => {
    const member = await connectMember(hearth.app.url);
    member.socket.close();
    const granted = grant(member.pseudonym.toLowerCase());
    expect(granted.status).toBe(0);
    expect(granted.stdout).toContain(`${member.pseudonym} is now an admin.`);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: member.id } })).siteRole).toBe("admin");
    expect(
      await prisma().moderationAction.count({
        where: { kind: "grant_admin", targetUserId: member.id, actorId: null },
      }),
    ).toBe(1);
    expect(grant(member.pseudonym).stdout).toContain("already an admin");

    const unknown = grant("Nobody Called This");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No member is called "Nobody Called This"');
    expect(grant().status).toBe(2);
  });
});

describe("the audit log", () => {
  it("shows a room's moderators that room only, admins everything, and members nothing", async () => {
    const [roomA, roomB] = [
      await createRoom(prisma(), { name: "Alpha room" }),
      await createRoom(prisma(), { name: "Beta room" }),
    ];
    const [modA, modB, admin, member] = [
      await connectMember(hearth.app.url),
      await connectMember(hearth.app.url),
      await connectMember(hearth.app.url),
      await connectMember(hearth.app.url),
    ];
    await makeAdmin(prisma(), hearth.app.url, admin);
    await placeInRoom(prisma(), modA, roomA.id, { role: "moderator" });
    await placeInRoom(prisma(), modB, roomB.id, { role: "moderator" });
    await join(member.socket, roomA.id);
    await send(member.socket, roomA.id, "hello");
    expect(
      await ask(modA.socket, "mod:action", {
        action: "slow_mode",
        roomId: roomA.id,
        seconds: 5,
        reason: "reason in alpha",
      }),
    ).toEqual({ ok: true });
    expect(
      await ask(modB.socket, "mod:action", {
        action: "lock",
        roomId: roomB.id,
        locked: true,
        reason: "reason in beta",
      }),
    ).toEqual({ ok: true });

    const page = (who: { cookie: string }) =>
      fetch(`${hearth.app.url}/mod/log`, { headers: { cookie: who.cookie } }).then((r) => r.text());
    const [forA, forB, forAdmin, forMember] = await Promise.all([
      page(modA),
      page(modB),
      page(admin),
      page(member),
    ]);
    expect(forA).toContain("reason in alpha");
    expect(forA).not.toContain("reason in beta");
    expect(forB).toContain("reason in beta");
    expect(forB).not.toContain("reason in alpha");
    expect(forAdmin).toContain("reason in alpha");
    expect(forAdmin).toContain("reason in beta");
    expect(forMember).toContain("You don&#x27;t moderate any rooms");
    expect(forMember).not.toContain("reason in alpha");
    for (const person of [modA, modB, admin, member]) person.socket.close();
  });
});
