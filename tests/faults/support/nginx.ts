// nginx in front of the test's Hearth processes, run from the documented configuration
// (deploy/nginx/hearth.conf): only the upstream's server addresses, the listen line and the access
// log's path are put in, each asserted to be there exactly once, so the test runs what the docs give.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export const nginxBinary = "/usr/sbin/nginx";
export const nginxPresent = existsSync(nginxBinary);

const root = path.resolve(import.meta.dirname, "..", "..", "..");
export const documentedConfig = path.join(root, "deploy", "nginx", "hearth.conf");

export interface RunningNginx {
  url: string;
  accessLog: string;
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(new RegExp(pattern.source, "g")) ?? [];
  if (matches.length !== 1)
    throw new Error(`deploy/nginx/hearth.conf: expected ${pattern} once, found it ${matches.length} times`);
  return text.replace(pattern, replacement);
}

/** deploy/nginx/hearth.conf with the test's addresses put in. */
export async function configForTest(options: {
  upstreamPorts: [number, number];
  port: number;
  accessLog: string;
}): Promise<string> {
  let config = await readFile(documentedConfig, "utf8");
  const [first, second] = options.upstreamPorts;
  config = replaceOnce(config, /server hearth-1:3000 /, `server 127.0.0.1:${first} `);
  config = replaceOnce(config, /server hearth-2:3000 /, `server 127.0.0.1:${second} `);
  config = replaceOnce(config, /listen 80;/, `listen 127.0.0.1:${options.port};`);
  config = replaceOnce(
    config,
    /access_log \/var\/log\/nginx\/hearth\.access\.log /,
    `access_log ${options.accessLog} `,
  );
  return config;
}

export async function startNginx(options: {
  upstreamPorts: [number, number];
  port: number;
}): Promise<RunningNginx> {
  const prefix = await mkdtemp(path.join(tmpdir(), "hearth-nginx-"));
  const accessLog = path.join(prefix, "access.log");
  const errorLog = path.join(prefix, "error.log");
  const hearth = await configForTest({ ...options, accessLog });
  // The main context a distribution's nginx.conf would give, kept inside the test's directory.
  const main = [
    `pid ${path.join(prefix, "nginx.pid")};`,
    `error_log ${errorLog} warn;`,
    "worker_processes 1;",
    "events { worker_connections 1024; }",
    "http {",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
      (kind) => `  ${kind}_temp_path ${path.join(prefix, kind)};`,
    ),
    hearth,
    "}",
    "",
  ].join("\n");
  const configFile = path.join(prefix, "nginx.conf");
  await writeFile(configFile, main);

  const child = spawn(nginxBinary, ["-p", prefix, "-c", configFile, "-e", errorLog, "-g", "daemon off;"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      running.delete(child);
      resolve();
    }),
  );
  const url = `http://localhost:${options.port}`;
  const errors = async () => output + (await readFile(errorLog, "utf8").catch(() => ""));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited during start:\n${await errors()}`);
    const answered = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`nginx did not answer within 10 s:\n${await errors()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    accessLog,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
