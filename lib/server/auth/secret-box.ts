// Secrets Hearth must read back (an authenticator app's), encrypted at rest: AES-256-GCM with a
// key derived by HKDF from NEXTAUTH_SECRET, so a copy of the database alone does not give them
// away. The owner's id is the associated data: a ciphertext moved to another row does not open.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const version = "v1";

function key(purpose: string): Buffer {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: secrets cannot be sealed");
  return Buffer.from(hkdfSync("sha256", secret, "hearth-secret-box", `${purpose} ${version}`, 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url. */
export function sealSecret(purpose: string, owner: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  cipher.setAAD(Buffer.from(owner));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [version, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The plaintext, or an error when the box was altered, moved, or sealed with another secret. */
export function openSecret(purpose: string, owner: string, sealed: string): string {
  const [boxVersion, iv, tag, ciphertext] = sealed.split(".");
  if (boxVersion !== version || !iv || !tag || ciphertext === undefined)
    throw new Error("not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", key(purpose), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(owner));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}
