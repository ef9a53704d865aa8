"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { SessionStart } from "@/components/sessions/session-start";
import { request } from "@/lib/client/request";
import { activityInWords, usualInWords } from "@/lib/shared/activity-words";
import type { DirectoryTopic, RoomDirectory as RoomDirectoryBody } from "@/lib/shared/directory-types";

const refreshMs = 10_000;

/**
 * Rooms by topic, each with how lively it is in words (never a count of people); refreshed while
 * the page is open. `renderedAt` is the server's clock, so the first render says the same on both sides.
 */
export function RoomDirectory({ initial, renderedAt }: { initial: DirectoryTopic[]; renderedAt: number }) {
  const [topics, setTopics] = useState(initial);
  const [now, setNow] = useState(renderedAt);
  // The usual hour is said in the viewer's own time, which only the browser knows.
  const [timezoneOffset, setTimezoneOffset] = useState<number>();

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTimezoneOffset(new Date().getTimezoneOffset());
    const timer = setInterval(async () => {
      if (document.visibilityState !== "visible") return;
      // A failed refresh keeps what was said: it is only a hint, and the page still works.
      const result = await request<RoomDirectoryBody>("GET", "/api/rooms");
      if (result.ok && Array.isArray(result.data?.topics)) {
        setTopics(result.data.topics);
        setNow(Date.now());
      }
    }, refreshMs);
    return () => clearInterval(timer);
  }, []);

  return (
    <div className="flex flex-col gap-8">
      {topics.map((topic) => (
        <section key={topic.slug} aria-labelledby={`topic-${topic.slug}`} className="flex flex-col gap-3">
          <div>
            <h2 id={`topic-${topic.slug}`} className="text-xl font-semibold">
              {topic.name}
            </h2>
            <p className="text-muted">{topic.description}</p>
          </div>
          {topic.rooms.length === 0 && <p className="text-muted">No rooms here yet.</p>}
          <ul className="grid gap-3 sm:grid-cols-2">
            {topic.rooms.map((room) => {
              const alternatives =
                room.isFull && !room.myPlace
                  ? topic.rooms.filter((other) => other.id !== room.id && !other.isFull)
                  : [];
              return (
                <li
                  key={room.id}
                  className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-4"
                >
                  <h3 className="font-semibold">
                    <Link href={`/rooms/${room.slug}`} className="underline-offset-2 hover:underline">
                      {room.name}
                    </Link>
                  </h3>
                  <p className="text-muted">{room.description}</p>
                  <p className="text-sm">
                    {activityInWords(room.lastActiveAt, now)}
                    {timezoneOffset !== undefined && room.usualHourUtc !== null && (
                      <> · {usualInWords(room.usualHourUtc, timezoneOffset)?.toLowerCase()}</>
                    )}
                  </p>
                  {room.nextSession && (
                    <p className="text-sm">
                      <span className="font-medium">Next session:</span>{" "}
                      <SessionStart startsAt={room.nextSession.startsAt} endsAt={room.nextSession.endsAt} /> ·{" "}
                      {room.nextSession.theme}
                      {room.nextSession.weekly && <span className="text-muted"> · every week</span>}
                    </p>
                  )}
                  {room.myPlace && (
                    <p className="text-sm text-accent">
                      {room.myPlace === "member" ? "You are a member" : "You are listening"}
                    </p>
                  )}
                  {room.isFull && !room.myPlace && (
                    <div className="text-sm">
                      <p>This room is full right now.</p>
                      {alternatives.length > 0 ? (
                        <p>
                          Rooms on the same topic with space:{" "}
                          {alternatives.map((other, index) => (
                            <span key={other.id}>
                              {index > 0 && ", "}
                              <Link href={`/rooms/${other.slug}`} className="underline">
                                {other.name}
                              </Link>
                            </span>
                          ))}
                        </p>
                      ) : (
                        <p className="text-muted">
                          No other room on this topic has space yet; please look again soon.
                        </p>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
