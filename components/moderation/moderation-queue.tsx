"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { QueueEntry } from "@/components/moderation/queue-entry";
import { hearthSocket } from "@/lib/client/socket";
import type { QueueItem } from "@/lib/shared/moderation-types";

/** The open reports, refreshed the moment a new one arrives. */
export function ModerationQueue({ items }: { items: QueueItem[] }) {
  const router = useRouter();
  useEffect(() => {
    const socket = hearthSocket();
    const refresh = () => router.refresh();
    socket.on("report:new", refresh);
    socket.on("attention:changed", refresh);
    if (!socket.connected) socket.connect();
    return () => {
      socket.off("report:new", refresh);
      socket.off("attention:changed", refresh);
    };
  }, [router]);

  if (items.length === 0)
    return <p className="text-muted">Nothing is waiting for a moderator. Thank you for keeping watch.</p>;
  return (
    <ol aria-label="Waiting for a moderator" className="flex flex-col gap-4">
      {items.map((item) => (
        <li key={item.messageId}>
          <QueueEntry item={item} />
        </li>
      ))}
    </ol>
  );
}
