// A moderator's looks, told to Hearth from their page: opening a care item (once, after the page
// is really shown: not on a prefetch), and writing to the member (at most every few seconds).
import { useCallback, useEffect, useRef } from "react";
import { request } from "@/lib/client/request";

/** Says this care item was opened, once, when `shown` becomes true. */
export function useCareOpened(itemId: string | null | undefined, shown = true): void {
  const told = useRef<string | null>(null);
  useEffect(() => {
    if (!itemId || !shown || told.current === itemId) return;
    told.current = itemId;
    void request("POST", "/api/care/opened", { itemId });
  }, [itemId, shown]);
}

const WRITING_EVERY_MS = 5_000;

/** Call on each keystroke: the member is told "a moderator is writing", at most every 5 s. */
export function useCareWriting(roomId: string, memberId: string): () => void {
  const last = useRef(0);
  return useCallback(() => {
    const now = Date.now();
    if (now - last.current < WRITING_EVERY_MS) return;
    last.current = now;
    void request("POST", "/api/care/writing", { roomId, memberId });
  }, [roomId, memberId]);
}
