"use client";
// Where the member's request for care stands, told live in plain words: alerted, seen, a
// moderator writing. No promise of a time. It follows `care:status` and asks again on each change
// (and when the connection comes back); "writing" fades to "seen" when the typing stops.
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { request } from "@/lib/client/request";
import { hearthSocket } from "@/lib/client/socket";
import type { CareStatus } from "@/lib/shared/care-types";
import { WRITING_FRESH_SECONDS, careStateWords } from "@/lib/shared/care-words";

type Query = { roomId: string } | { checkInId: string };

export function CareStatusLine({ query, linkToCheckIn = false }: { query: Query; linkToCheckIn?: boolean }) {
  const [status, setStatus] = useState<CareStatus | null>(null);
  const roomId = "roomId" in query ? query.roomId : null;
  const checkInId = "checkInId" in query ? query.checkInId : null;
  const key = roomId ? `roomId=${roomId}` : `checkInId=${checkInId}`;

  const load = useCallback(async () => {
    const result = await request<{ status: CareStatus }>("GET", `/api/care/status?${key}`);
    if (result.ok) setStatus(result.data.status);
  }, [key]);

  useEffect(() => {
    const socket = hearthSocket();
    const onChange = (change: { roomId: string; checkInId: string | null }) => {
      if (roomId ? change.roomId === roomId : change.checkInId === checkInId) void load();
    };
    const onConnect = () => void load();
    // Listen first, then ask: a change between the two is not missed.
    socket.on("care:status", onChange);
    socket.on("connect", onConnect);
    if (!socket.connected) socket.connect();
    const first = setTimeout(() => void load(), 0);
    return () => {
      clearTimeout(first);
      socket.off("care:status", onChange);
      socket.off("connect", onConnect);
    };
  }, [roomId, checkInId, load]);

  useEffect(() => {
    if (status?.state !== "writing") return;
    const fade = setTimeout(() => void load(), WRITING_FRESH_SECONDS * 1000 + 500);
    return () => clearTimeout(fade);
  }, [status, load]);

  const words = status && status.state !== "none" ? careStateWords[status.state] : "";
  return (
    <p role="status" aria-label="Where your request stands" className="font-medium empty:hidden">
      {words}
      {words && status?.state === "wrote" && linkToCheckIn && status.checkInId && (
        <>
          {" "}
          <Link href={`/check-ins/${status.checkInId}`} className="underline">
            Read it in your private check-in
          </Link>
        </>
      )}
    </p>
  );
}
