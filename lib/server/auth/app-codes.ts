// Authenticator-app codes (RFC 6238: six digits, 30-second steps, SHA-1, as every app expects),
// computed by otpauth. A code is accepted one step either side of now, for clocks that drift.
import { Secret, TOTP } from "otpauth";

export const appCodeIssuer = "Hearth";

function totp(base32Secret: string, label = "Hearth"): TOTP {
  return new TOTP({
    issuer: appCodeIssuer,
    label,
    secret: Secret.fromBase32(base32Secret),
    algorithm: "SHA1",
    digits: 6,
    period: 30,
  });
}

/** A new secret of 160 bits (RFC 4226's recommended length), as base32. */
export function newAppSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address the QR code holds; the label is the pseudonym, nothing else about the person. */
export function appSecretUri(base32Secret: string, pseudonym: string): string {
  return totp(base32Secret, pseudonym).toString();
}

/** The secret as a person types it into an app: groups of four. */
export function secretForReading(base32Secret: string): string {
  return base32Secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/** The 30-second step a code belongs to (within one step of now), or null when it matches none. */
export function stepOfCode(base32Secret: string, code: string, now = Date.now()): number | null {
  const digits = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) return null;
  const generator = totp(base32Secret);
  const delta = generator.validate({ token: digits, timestamp: now, window: 1 });
  return delta === null ? null : generator.counter({ timestamp: now }) + delta;
}
