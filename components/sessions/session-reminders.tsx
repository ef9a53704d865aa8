"use client";
// A calm reminder, on whatever page of Hearth is open, shortly before a session the person
// follows. It waits until they close it or go to the room; it never moves focus.
import Link from "next/link";
import { useEffect, useState } from "react";
import { clockTime } from "@/lib/client/time-words";
import { hearthSocket } from "@/lib/client/socket";
import type { SessionReminder } from "@/lib/shared/realtime-events";

export function SessionReminders() {
  const [reminders, setReminders] = useState<SessionReminder[]>([]);
  useEffect(() => {
    const socket = hearthSocket();
    const onReminder = (reminder: SessionReminder) =>
      setReminders((shown) =>
        shown.some((other) => other.occurrenceId === reminder.occurrenceId) ? shown : [...shown, reminder],
      );
    socket.on("session:reminder", onReminder);
    if (!socket.connected) socket.connect();
    return () => {
      socket.off("session:reminder", onReminder);
    };
  }, []);
  const dismiss = (occurrenceId: string) =>
    setReminders((shown) => shown.filter((reminder) => reminder.occurrenceId !== occurrenceId));

  return (
    <div role="status" className="flex flex-col gap-2 empty:hidden">
      {reminders.map((reminder) => (
        <section
          key={reminder.occurrenceId}
          aria-label="Session reminder"
          className="mb-4 flex flex-wrap items-center gap-3 rounded-2xl border border-accent bg-accent-soft p-4"
        >
          <p className="flex-1">
            A session in {reminder.roomName} starts at {clockTime(new Date(reminder.startsAt))}:{" "}
            {reminder.theme}. You are welcome to come, or just to listen.
          </p>
          <Link
            href={`/rooms/${reminder.roomSlug}`}
            onClick={() => dismiss(reminder.occurrenceId)}
            className="min-h-11 content-center rounded-xl bg-accent px-4 text-accent-ink"
          >
            Go to the room
          </Link>
          <button
            type="button"
            onClick={() => dismiss(reminder.occurrenceId)}
            className="min-h-11 rounded-xl border border-line bg-surface px-3"
          >
            Not now
          </button>
        </section>
      ))}
    </div>
  );
}
