// deploy/new-env.sh makes the .env docker-compose.yml needs: long random secrets, and a web-push
// key pair that really is one (a private key whose public point is the public key given), in the
// form Hearth and web-push read (base64url: 32 and 65 bytes).
import { spawnSync } from "node:child_process";
import { createECDH } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const script = path.resolve(import.meta.dirname, "..", "..", "deploy", "new-env.sh");
const opensslPresent = spawnSync("openssl", ["version"]).status === 0;

function newEnv(): Record<string, string> {
  const result = spawnSync(script, { encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
  return Object.fromEntries(
    result.stdout
      .split("\n")
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

describe.runIf(opensslPresent)("deploy/new-env.sh", () => {
  it("makes secrets Hearth accepts and a matching VAPID key pair, different each time", () => {
    const [first, second] = [newEnv(), newEnv()];
    for (const made of [first, second]) {
      const privateKey = Buffer.from(made.VAPID_PRIVATE_KEY!, "base64url");
      const publicKey = Buffer.from(made.VAPID_PUBLIC_KEY!, "base64url");
      expect([privateKey.length, publicKey.length]).toEqual([32, 65]);
      const curve = createECDH("prime256v1");
      curve.setPrivateKey(privateKey);
      expect(curve.getPublicKey().equals(publicKey)).toBe(true);
      expect(made.NEXTAUTH_SECRET!.length).toBeGreaterThanOrEqual(32);
      expect(made.POSTGRES_PASSWORD!.length).toBeGreaterThanOrEqual(24);
      expect(made.METRICS_TOKEN!.length).toBeGreaterThanOrEqual(32);
      // What the processes receive from docker-compose.yml passes Hearth's own checks.
      expect(() =>
        parseEnv({ ...made, NODE_ENV: "production", DATABASE_URL: "postgresql://hearth@postgres/hearth" }),
      ).not.toThrow();
    }
    expect(first.NEXTAUTH_SECRET).not.toBe(second.NEXTAUTH_SECRET);
    expect(first.VAPID_PRIVATE_KEY).not.toBe(second.VAPID_PRIVATE_KEY);
  });
});
