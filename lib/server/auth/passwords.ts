// argon2id via @node-rs/argon2: a maintained Rust binding with prebuilt binaries for every
// platform (no compiler needed at install) and async hashing off the event loop.
import { hash, verify } from "@node-rs/argon2";

// OWASP's second recommended argon2id profile: m=19 MiB, t=2, p=1.
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashSecret(secret: string): Promise<string> {
  return hash(secret, options);
}

export async function verifySecret(storedHash: string, secret: string): Promise<boolean> {
  try {
    return await verify(storedHash, secret);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so a missing account cannot be told apart by timing. */
export async function verifyAgainstNothing(secret: string): Promise<false> {
  dummyHash ??= hashSecret("hearth-timing-equaliser");
  await verifySecret(await dummyHash, secret);
  return false;
}
