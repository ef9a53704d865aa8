// The restore drill of docs/operations.md, on a real database: Hearth starts on an empty database
// (its migrations make the tables), people sign up and talk over the socket; the backup script
// the docs give (deploy/backup.sh) dumps it; the database is dropped and made again empty; the
// restore script (deploy/restore.sh) brings it back; Hearth starts on it, the same person signs in
// with the same password, and the room's history reads back every message.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { WireMessage } from "@/lib/shared/chat-types";
import { ask, connectMember, createRoom, join, openSocket, send } from "@/tests/factories/chat";
import { startAppProcess, type AppProcess } from "@/tests/setup/app-process";
import { signIn } from "@/tests/factories/accounts";
import { createDatabase, type TestDatabase } from "@/tests/setup/test-database";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

const root = path.resolve(import.meta.dirname, "..", "..");
const backupScript = path.join(root, "deploy", "backup.sh");
const restoreScript = path.join(root, "deploy", "restore.sh");
// pg_dump and pg_restore from the PATH, else Debian's PostgreSQL 15.
const toolPath = `${process.env.PATH ?? ""}:/usr/lib/postgresql/15/bin`;

let database: TestDatabase;
let workDirectory: string;
let app: AppProcess | undefined;

/** The major version of pg_dump on the tools' path (0 when there is none). */
function pgDumpMajor(): number {
  const result = spawnSync("pg_dump", ["--version"], {
    env: { ...process.env, PATH: toolPath },
    encoding: "utf8",
  });
  return Number(/\(PostgreSQL\) (\d+)/.exec(result.stdout ?? "")?.[1] ?? 0);
}

/** The major version of the PostgreSQL server the tests run on. */
async function serverMajor(): Promise<number> {
  const client = new pg.Client({ connectionString: inject("postgresAdminUrl") });
  await client.connect();
  try {
    const answer = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(answer.rows[0]!.server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

// pg_dump refuses a server newer than itself. Where the tests run on the embedded PostgreSQL
// (npm test with no DATABASE_URL: version 18) and the machine's tools are older (Debian 12 has
// 15), the drill cannot run here: it says so, and CI (which runs on the machine's PostgreSQL,
// whose tools match) never skips it.
const [toolsMajor, databaseMajor] = [pgDumpMajor(), await serverMajor()];
const toolsTooOld = toolsMajor < databaseMajor;
if (toolsTooOld && !process.env.CI)
  console.warn(
    `restore drill skipped: pg_dump ${toolsMajor || "(none)"} cannot dump PostgreSQL ${databaseMajor}; ` +
      "set TEST_DATABASE_URL to a server whose pg_dump is installed (see README, Tests)",
  );

beforeAll(async () => {
  // Empty: Hearth's own migrations make the tables at its first start.
  database = await createDatabase(inject("postgresAdminUrl"), { prefix: "hearth_restore" });
  workDirectory = await mkdtemp(path.join(tmpdir(), "hearth-restore-"));
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
  await rm(workDirectory, { recursive: true, force: true });
});

function runScript(script: string, file: string) {
  const result = spawnSync(script, [file], {
    env: { ...process.env, PATH: toolPath, DATABASE_URL: database.url },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function asAdmin(sql: string) {
  const client = new pg.Client({ connectionString: inject("postgresAdminUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The command line each script runs, as docs/operations.md must show it. */
async function commandOf(script: string, program: string): Promise<string> {
  const text = await readFile(script, "utf8");
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${program} `));
  if (!line) throw new Error(`${script} runs no ${program}`);
  return line;
}

describe("backup, drop, restore, start", () => {
  it("docs/operations.md shows the very commands the scripts run", async () => {
    const operations = await readFile(path.join(root, "docs", "operations.md"), "utf8");
    expect(operations).toContain(await commandOf(backupScript, "pg_dump"));
    expect(operations).toContain(await commandOf(restoreScript, "pg_restore"));
  });

  it.skipIf(toolsTooOld && !process.env.CI)(
    "brings back the accounts and every message, and Hearth starts on the restored database",
    async () => {
      app = await startAppProcess({ databaseUrl: database.url });
      const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
      const room = await createRoom(prisma);
      await prisma.$disconnect();
      const [ada, ben] = [await connectMember(app.url), await connectMember(app.url)];
      await join(ada.socket, room.id);
      await join(ben.socket, room.id);
      const said: WireMessage[] = [];
      for (let index = 0; index < 6; index++) {
        const speaker = index % 2 === 0 ? ada : ben;
        said.push(await send(speaker.socket, room.id, `before the backup, message ${index}`));
      }
      ada.socket.close();
      ben.socket.close();

      const backupFile = path.join(workDirectory, "hearth.dump");
      const backup = runScript(backupScript, backupFile);
      expect(backup.status, backup.output).toBe(0);
      await app.stop();
      app = undefined;

      // Refused over a database that still has Hearth's tables in it.
      const refused = runScript(restoreScript, backupFile);
      expect(refused.status).toBe(1);
      expect(refused.output).toMatch(/not empty/);

      await asAdmin(`DROP DATABASE "${database.name}" WITH (FORCE)`);
      await asAdmin(`CREATE DATABASE "${database.name}"`);
      const restore = runScript(restoreScript, backupFile);
      expect(restore.status, restore.output).toBe(0);

      app = await startAppProcess({ databaseUrl: database.url });
      const { cookie } = await signIn(app.url, ada.pseudonym, ada.password);
      expect(cookie, "the same pseudonym and password sign in").toBeTruthy();
      const socket = await openSocket(app.url, cookie as string);
      try {
        await join(socket, room.id);
        const history = await ask<{ messages: WireMessage[] }>(socket, "history", {
          roomId: room.id,
          limit: 50,
        });
        if (!history.ok) throw new Error(`history: ${history.error.code}`);
        expect(history.messages.map((message) => [message.id, message.body])).toEqual(
          said.map((message) => [message.id, message.body]),
        );
      } finally {
        socket.close();
      }
    },
  );
});
