// A room's next session in a few lines, the same for everyone who can see the room (signed out,
// outside it, listening, in it): when, on the viewer's own clock; what it is about; who
// facilitates. Rendered on the server for people signed out, inside the session panel otherwise.
import { SessionStart } from "@/components/sessions/session-start";
import type { WireRoomSession } from "@/lib/shared/session-types";

/** "Facilitated by Ana and Ben." */
export function facilitatedBy(session: Pick<WireRoomSession, "facilitators">): string {
  const list = session.facilitators.map((person) => person.pseudonym);
  const names = list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
  return `Facilitated by ${names}.`;
}

/** Where its calendar file (.ics) is: readable signed out, like the room's description. */
export const calendarHref = (sessionId: string) => `/api/sessions/${sessionId}/calendar`;

export function NextSession({ session }: { session: WireRoomSession }) {
  return (
    <>
      <p>
        <span className="font-semibold">Next session:</span>{" "}
        <SessionStart startsAt={session.startsAt} endsAt={session.endsAt} /> · {session.theme}
        {session.weekly && " · every week"}
      </p>
      <p className="text-sm">{facilitatedBy(session)}</p>
    </>
  );
}
