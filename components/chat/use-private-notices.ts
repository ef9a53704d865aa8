"use client";
// What reaches only this person in a room: the crisis-care card, and private notices (a
// warning, a report's outcome). Nobody else in the room receives these events.
import { useCallback, useEffect, useState } from "react";
import { hearthSocket } from "@/lib/client/socket";

export interface PrivateNotices {
  care: boolean;
  showCare(): void;
  dismissCare(): void;
  notices: { kind: string; body: string }[];
}

export function usePrivateNotices(roomId: string): PrivateNotices {
  const [care, setCare] = useState(false);
  const [notices, setNotices] = useState<{ kind: string; body: string }[]>([]);

  useEffect(() => {
    const socket = hearthSocket();
    const onCare = (signal: { roomId: string }) => {
      if (signal.roomId === roomId) setCare(true);
    };
    const onNotice = (notice: { kind: string; roomId: string | null; body: string }) => {
      if (notice.roomId === roomId || notice.roomId === null)
        setNotices((list) => [...list, { kind: notice.kind, body: notice.body }]);
    };
    socket.on("crisis:care", onCare);
    socket.on("notice:new", onNotice);
    return () => {
      socket.off("crisis:care", onCare);
      socket.off("notice:new", onNotice);
    };
  }, [roomId]);

  const showCare = useCallback(() => setCare(true), []);
  const dismissCare = useCallback(() => setCare(false), []);
  return { care, showCare, dismissCare, notices };
}
