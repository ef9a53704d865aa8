// A member's passkeys as Hearth shows them (never the keys themselves).
import { db } from "@/lib/server/db";
import type { PasskeySummary } from "@/lib/shared/passkey-types";

export const MAX_PASSKEYS = 20;

export type { PasskeySummary };

export const passkeySummarySelect = { id: true, name: true, createdAt: true, lastUsedAt: true } as const;

export function toPasskeySummary(row: {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}): PasskeySummary {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

/** How a passkey lists the ways a browser can reach it (WebAuthn transports), stored space-separated. */
const knownTransports = new Set(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"]);

export function storedTransports(transports: readonly string[] | undefined): string {
  return (transports ?? []).filter((transport) => knownTransports.has(transport)).join(" ");
}

export function transportsOf(stored: string): string[] {
  return stored.split(" ").filter(Boolean);
}

export async function passkeysOf(userId: string): Promise<PasskeySummary[]> {
  const rows = await db().passkey.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: passkeySummarySelect,
  });
  return rows.map(toPasskeySummary);
}
