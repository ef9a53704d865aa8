"use client";
import { useEffect } from "react";
import { ask } from "@/lib/client/chat-requests";

/** Tells the server the newest message seen, so the next visit can show "new since you were here". */
export function useReadPosition(roomId: string, joined: boolean, newestId: string | undefined): void {
  useEffect(() => {
    if (!joined || !newestId) return;
    const timer = setTimeout(() => void ask("room:read", { roomId, messageId: newestId }), 1_000);
    return () => clearTimeout(timer);
  }, [joined, newestId, roomId]);
}
