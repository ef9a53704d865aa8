"use client";
// The calm, live indicator in the header: for moderators, that someone may need care (a crisis
// item or a check-in waiting for a moderator); for anyone, that a moderator wrote to them. A
// soft dot and a few words, never a red badge or a shouting number.
import Link from "next/link";
import { useEffect, useState } from "react";
import { publishAttention } from "@/lib/client/attention-store";
import { request } from "@/lib/client/request";
import { hearthSocket } from "@/lib/client/socket";
import type { Attention } from "@/lib/shared/check-in-types";

const linkStyle = "inline-flex min-h-11 items-center gap-2 rounded-xl px-3 hover:bg-accent-soft";

function Dot() {
  return <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-accent" />;
}

export function AttentionLinks({ initial, moderates }: { initial: Attention; moderates: boolean }) {
  const [attention, setAttention] = useState(initial);

  useEffect(() => {
    const socket = hearthSocket();
    const refresh = async () => {
      const result = await request<Attention>("GET", "/api/attention");
      if (!result.ok) return;
      setAttention(result.data);
      publishAttention(result.data);
    };
    const onChange = () => void refresh();
    socket.on("attention:changed", onChange);
    socket.on("report:new", onChange);
    socket.on("checkin:updated", onChange);
    socket.on("notice:new", onChange);
    socket.on("connect", onChange);
    if (!socket.connected) socket.connect();
    return () => {
      socket.off("attention:changed", onChange);
      socket.off("report:new", onChange);
      socket.off("checkin:updated", onChange);
      socket.off("notice:new", onChange);
      socket.off("connect", onChange);
    };
  }, []);

  return (
    <>
      {moderates && (
        <Link
          href="/mod"
          className={linkStyle}
          aria-label={attention.priorityItems > 0 ? "Moderation: someone may need care" : undefined}
        >
          {/* The visible words match the link's name, colon and all (WCAG 2.5.3, label in name). */}
          {attention.priorityItems > 0 ? "Moderation:" : "Moderation"}
          {attention.priorityItems > 0 && (
            <>
              <Dot />
              <span className="text-sm text-accent">someone may need care</span>
            </>
          )}
        </Link>
      )}
      <Link
        href="/notices"
        className={linkStyle}
        aria-label={attention.unreadNotices > 0 ? "Notices: something new" : undefined}
      >
        {/* As above: the visible words are the link's name (WCAG 2.5.3, label in name). */}
        {attention.unreadNotices > 0 ? "Notices:" : "Notices"}
        {attention.unreadNotices > 0 && (
          <>
            <Dot />
            <span className="text-sm text-accent">something new</span>
          </>
        )}
      </Link>
      {attention.unreadCheckIns > 0 && (
        <Link href="/check-ins" className={linkStyle}>
          <Dot />
          <span>A moderator wrote to you</span>
        </Link>
      )}
    </>
  );
}
