// Hearth as people run it: the embedded database by default (kept across restarts), a
// generated session secret kept beside it, first-start data seeded once, SIGTERM shutting down
// cleanly, and a bad environment refused with a list of what is wrong.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compiledServer } from "@/scripts/compiled-server";
import { sessionFor, signIn, signUpMember } from "@/tests/factories/accounts";
import { freePort, startAppProcess, type AppProcess } from "@/tests/setup/app-process";
import { connectSocket } from "@/tests/setup/socket-client";

let dataDirectory: string;
let embeddedEnv: Record<string, string>;

beforeAll(async () => {
  dataDirectory = await mkdtemp(path.join(tmpdir(), "hearth-data-"));
  // No DATABASE_URL and no NEXTAUTH_SECRET: the defaults a fresh machine gets.
  embeddedEnv = {
    DATA_DIR: dataDirectory,
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    NEXTAUTH_SECRET: "",
  };
});
afterAll(async () => {
  await rm(dataDirectory, { recursive: true, force: true });
});

function demoAdminFrom(output: string): { pseudonym: string; password: string } | undefined {
  const pseudonym = /pseudonym: (.+)/.exec(output)?.[1]?.trim();
  const password = /password: {2}(\S+)/.exec(output)?.[1];
  return pseudonym && password ? { pseudonym, password } : undefined;
}

describe("running on a fresh machine", () => {
  it("keeps the embedded database, the secret and the sessions across a restart, and seeds only once", async () => {
    let app: AppProcess = await startAppProcess({ env: embeddedEnv, timeoutMs: 120_000 });
    const demoAdmin = demoAdminFrom(app.output());
    expect(demoAdmin?.pseudonym).toBe("Demo Admin");
    expect(existsSync(path.join(dataDirectory, "postgres", "PG_VERSION"))).toBe(true);
    expect(existsSync(path.join(dataDirectory, "nextauth-secret"))).toBe(true);
    const member = await signUpMember(app.url);
    const { cookie } = await signIn(app.url, member.pseudonym, member.password);
    expect(await app.stop()).toBe(0);

    app = await startAppProcess({ env: embeddedEnv, timeoutMs: 120_000 });
    try {
      expect(demoAdminFrom(app.output())).toBeUndefined();
      expect(app.output()).not.toMatch(/demo admin was created/i);
      expect((await signIn(app.url, member.pseudonym, member.password)).cookie).toBeDefined();
      expect(await sessionFor(app.url, cookie as string)).toMatchObject({ user: { id: member.id } });
      expect(
        (await signIn(app.url, demoAdmin?.pseudonym ?? "", demoAdmin?.password ?? "")).cookie,
      ).toBeDefined();
    } finally {
      expect(await app.stop()).toBe(0);
    }
  });

  it("shuts down on SIGTERM: closes open sockets, stops answering, exits 0", async () => {
    const app = await startAppProcess({ env: embeddedEnv, timeoutMs: 120_000 });
    const member = await signUpMember(app.url);
    const { cookie } = await signIn(app.url, member.pseudonym, member.password);
    const outcome = await connectSocket(app.url, { cookie: cookie as string });
    if (!outcome.connected) throw new Error(`socket refused: ${outcome.message}`);
    const disconnected = new Promise<string>((resolve) => outcome.socket.once("disconnect", resolve));

    expect(await app.stop()).toBe(0);
    expect(await disconnected).toMatch(/transport close|io server disconnect/);
    outcome.socket.close();
    await expect(fetch(`${app.url}/api/health`)).rejects.toThrow();
    expect(app.output()).toMatch(/Hearth has stopped/);
  });

  it("still shuts down cleanly when the process that started it has gone (its output pipe closed)", async () => {
    const app = await startAppProcess({ env: embeddedEnv, timeoutMs: 120_000 });
    app.closeOutput();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await app.stop()).toBe(0);
  });
});

describe("a bad environment", () => {
  it("stops the start with a list of what is wrong", () => {
    const result = spawnSync(process.execPath, [compiledServer.server], {
      cwd: path.resolve(import.meta.dirname, "..", ".."),
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        PORT: "not-a-port",
        DATABASE_URL: "postgresql://127.0.0.1:1/nowhere",
        REDIS_URL: "not a url",
        LOG_LEVEL: "loud",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/environment has problems/);
    for (const variable of ["PORT", "REDIS_URL", "LOG_LEVEL", "NEXTAUTH_SECRET"])
      expect(result.stderr).toContain(`- ${variable}:`);
  });
});
