// What /admin renders. The admin services return exactly these types.
import type { TrustThresholds } from "@/lib/shared/schemas/admin";

export interface WatchedWordView {
  id: string;
  phrase: string;
  action: "block" | "flag";
  /** Null when the word is watched on the whole site. */
  roomId: string | null;
  createdAt: string;
}

export interface AdminRoom {
  id: string;
  slug: string;
  name: string;
  description: string;
  capacity: number;
  moderators: { id: string; pseudonym: string }[];
}

export interface AdminTopic {
  id: string;
  slug: string;
  name: string;
  description: string;
  rooms: AdminRoom[];
}

export interface AdminOverview {
  topics: AdminTopic[];
  words: WatchedWordView[];
  /** Newcomer trust's thresholds. */
  trust: TrustThresholds;
}
