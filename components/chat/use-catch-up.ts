"use client";
// After a rejoin (or a resync), page forward from the last id up to which nothing is missing
// (`catchUpFrom`, set by lib/client/room-catch-up.ts) until a page comes back short. A failed
// page is asked for again, less often each time, until it comes or the cursor moves on.
import { useEffect, type Dispatch } from "react";
import { ask } from "@/lib/client/chat-requests";
import type { RoomEvent } from "@/lib/client/room-state";
import { HISTORY_MAX } from "@/lib/shared/limits";

const catchUpRetryMs = [1_000, 2_000, 5_000, 10_000];

export function useCatchUp(
  roomId: string,
  /** Joined on a live connection. */
  ready: boolean,
  catchUpFrom: string | undefined,
  dispatch: Dispatch<RoomEvent>,
): void {
  useEffect(() => {
    if (!ready || catchUpFrom === undefined) return;
    let stopped = false;
    void (async () => {
      for (let attempt = 0; !stopped; attempt += 1) {
        const answer = await ask("history", { roomId, after: catchUpFrom, limit: HISTORY_MAX });
        if (answer.ok) {
          dispatch({
            type: "caught-up",
            after: catchUpFrom,
            messages: answer.messages,
            pageSize: HISTORY_MAX,
          });
          return;
        }
        const delay = catchUpRetryMs[Math.min(attempt, catchUpRetryMs.length - 1)];
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [ready, catchUpFrom, roomId, dispatch]);
}
