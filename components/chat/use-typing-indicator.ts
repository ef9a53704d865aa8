"use client";
// "… is typing": who is typing in a room, each line fading by itself after a few seconds so
// it can never stay stuck, and cleared at once when that person's message arrives.
import { useCallback, useEffect, useState } from "react";
import { hearthSocket } from "@/lib/client/socket";

const typingShownMs = 5_000;

export function useTypingIndicator(roomId: string) {
  const [typing, setTyping] = useState<Map<string, { pseudonym: string; until: number }>>(new Map());

  useEffect(() => {
    const socket = hearthSocket();
    const onTyping = (signal: { roomId: string; user: { id: string; pseudonym: string } }) => {
      if (signal.roomId !== roomId) return;
      setTyping((current) =>
        new Map(current).set(signal.user.id, {
          pseudonym: signal.user.pseudonym,
          until: Date.now() + typingShownMs,
        }),
      );
    };
    socket.on("typing", onTyping);
    const sweep = setInterval(() => {
      setTyping((current) => {
        const now = Date.now();
        const fresh = [...current].filter(([, entry]) => entry.until > now);
        return fresh.length === current.size ? current : new Map(fresh);
      });
    }, 1_000);
    return () => {
      clearInterval(sweep);
      socket.off("typing", onTyping);
    };
  }, [roomId]);

  const stoppedTyping = useCallback((userId: string) => {
    setTyping((current) => {
      if (!current.has(userId)) return current;
      const next = new Map(current);
      next.delete(userId);
      return next;
    });
  }, []);

  return { typing: [...typing].map(([id, entry]) => ({ id, pseudonym: entry.pseudonym })), stoppedTyping };
}
