"use client";
// Screen readers hear new messages from others once each; messages that arrive together (a
// burst, or catching up after a lost connection) become one announcement. The conversation's
// own log stays quiet (aria-live="off"), so nothing is read out twice.
import { useEffect, useRef, useState } from "react";
import { announcement, toAnnounce } from "@/lib/client/announce-messages";
import type { WireMessage } from "@/lib/shared/chat-types";

/** The text of the room's polite live region: the latest announcement, or "" before any. */
export function useMessageAnnouncements(joined: boolean, visible: WireMessage[], viewerId: string): string {
  const [announced, setAnnounced] = useState("");
  const announcedThrough = useRef<string>(undefined);
  const newestId = visible.at(-1)?.id;
  const messagesRef = useRef(visible);
  useEffect(() => {
    messagesRef.current = visible;
  });
  useEffect(() => {
    if (!joined) return;
    // What was there when the room opened is history, not news.
    if (announcedThrough.current === undefined) {
      announcedThrough.current = newestId ?? "0";
      return;
    }
    if (!newestId) return;
    const timer = setTimeout(() => {
      const fresh = toAnnounce(messagesRef.current, announcedThrough.current ?? "0", viewerId);
      announcedThrough.current = messagesRef.current.at(-1)?.id ?? announcedThrough.current;
      if (fresh.length > 0) setAnnounced(announcement(fresh));
    }, 600);
    return () => clearTimeout(timer);
  }, [joined, newestId, viewerId]);
  return announced;
}
