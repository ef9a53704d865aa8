"use client";
// On a care item, for moderators: who was alerted and when, and who opened it first. Times are
// written in the reader's own zone once the page runs in the browser.
import { useEffect, useState } from "react";
import { clockTime } from "@/lib/client/time-words";
import type { CareCircle, CareTrail } from "@/lib/shared/care-types";

const circleWords: Record<CareCircle, string> = {
  on_duty: "on duty",
  room_moderators: "moderator of the room",
  admins: "admin",
};

export function CareTrailView({ trail }: { trail: CareTrail }) {
  // Clock times only after hydration: the server does not know the reader's zone.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const first = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(first);
  }, []);
  const at = (iso: string) => (ready ? clockTime(new Date(iso)) : "");
  return (
    <section aria-label="Care alerts" className="flex flex-col gap-1 text-sm">
      <p>
        {trail.firstOpened
          ? `First opened by ${trail.firstOpened.pseudonym} at ${at(trail.firstOpened.at)}.`
          : "Nobody has opened it yet."}
      </p>
      {trail.alerts.length > 0 ? (
        <p>
          Alerted:{" "}
          {trail.alerts
            .map((alert) => `${alert.pseudonym} (${circleWords[alert.circle]}) at ${at(alert.at)}`)
            .join("; ")}
          .
        </p>
      ) : (
        <p className="text-muted">
          {trail.nobodyReachable
            ? "Nobody could be alerted: no moderator on duty, opted in and outside quiet hours."
            : "No alert sent yet."}
        </p>
      )}
    </section>
  );
}
