import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** The session-signing secret for local runs, made once and kept under the data directory. */
export async function readOrCreateLocalSecret(dataDirectory: string): Promise<string> {
  const file = path.join(dataDirectory, "nextauth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dataDirectory, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The web-push key pair for local runs (session reminders), made once and kept under the data directory. */
export async function readOrCreateVapidKeys(
  dataDirectory: string,
  generate: () => { publicKey: string; privateKey: string },
): Promise<{ publicKey: string; privateKey: string }> {
  const file = path.join(dataDirectory, "vapid-keys.json");
  if (existsSync(file))
    return JSON.parse(await readFile(file, "utf8")) as { publicKey: string; privateKey: string };
  await mkdir(dataDirectory, { recursive: true });
  const keys = generate();
  await writeFile(file, `${JSON.stringify(keys)}\n`, { mode: 0o600 });
  return keys;
}
