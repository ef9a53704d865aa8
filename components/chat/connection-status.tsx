"use client";
// The room's connection in words: offline (the device has no network), reconnecting (Hearth is
// being reached again), and "connected again" for a few seconds once it is back. Read out politely.
import { useEffect, useState } from "react";
import type { Connection } from "@/lib/client/room-state";

const backForMs = 4_000;

export function ConnectionStatus({ connection }: { connection: Connection }) {
  const [online, setOnline] = useState(true);
  const [back, setBack] = useState(false);
  const [wasAway, setWasAway] = useState(false);

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);

  // "Connected again" only after having been away, and only for a moment.
  if (connection === "reconnecting" && !wasAway) setWasAway(true);
  if (connection === "connected" && wasAway) {
    setWasAway(false);
    setBack(true);
  }
  useEffect(() => {
    if (!back) return;
    const timer = setTimeout(() => setBack(false), backForMs);
    return () => clearTimeout(timer);
  }, [back]);

  const away = "rounded-xl border border-caution/40 bg-caution-soft px-4 py-3 text-caution";
  return (
    <div role="status" aria-live="polite" className="empty:hidden">
      {!online ? (
        <p className={away}>
          You are offline. You can keep reading and writing: your messages wait here and are sent when the
          connection is back.
        </p>
      ) : connection === "reconnecting" ? (
        <p className={away}>
          Reconnecting… Your messages are kept and will be sent when the connection is back.
        </p>
      ) : back ? (
        <p className="rounded-xl border border-accent/40 bg-accent-soft px-4 py-3">
          Connected again. Anything you missed is in place.
        </p>
      ) : null}
    </div>
  );
}
