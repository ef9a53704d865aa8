// npm run admin:grant -- <pseudonym>
// Makes an existing member an admin, from the command line of a machine that can reach the
// database (DATABASE_URL, or the embedded one under DATA_DIR when Hearth is not running).
// The change is written to the audit log with no actor ("command line").
import path from "node:path";
import { env } from "@/lib/env";
import { startEmbeddedPostgres } from "@/lib/server/database/embedded-postgres";
import { db, disconnectDb } from "@/lib/server/db";
import { pseudonymKey } from "@/lib/shared/schemas/account";

const pseudonym = process.argv.slice(2).join(" ").trim();
if (!pseudonym) {
  console.error("Usage: npm run admin:grant -- <pseudonym>");
  process.exit(2);
}

const embedded = env().DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({
      dataDirectory: path.resolve(env().DATA_DIR, "postgres"),
      port: env().EMBEDDED_POSTGRES_PORT,
    });
if (embedded) process.env.DATABASE_URL = embedded.url;

try {
  const user = await db().user.findUnique({
    where: { pseudonymKey: pseudonymKey(pseudonym) },
    select: { id: true, pseudonym: true, siteRole: true },
  });
  if (!user) {
    console.error(`No member is called "${pseudonym}".`);
    process.exitCode = 1;
  } else if (user.siteRole === "admin") {
    console.log(`${user.pseudonym} is already an admin.`);
  } else {
    await db().$transaction([
      db().user.update({ where: { id: user.id }, data: { siteRole: "admin" } }),
      db().moderationAction.create({
        data: {
          kind: "grant_admin",
          actorId: null,
          targetUserId: user.id,
          reason: "Granted from the command line (npm run admin:grant)",
        },
      }),
    ]);
    console.log(`${user.pseudonym} is now an admin.`);
  }
} finally {
  await disconnectDb();
  await embedded?.stop();
}
