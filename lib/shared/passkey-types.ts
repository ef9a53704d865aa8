/** One of a member's passkeys as Hearth shows it: never the key itself. */
export interface PasskeySummary {
  id: string;
  name: string;
  /** ISO 8601. */
  createdAt: string;
  lastUsedAt: string | null;
}
