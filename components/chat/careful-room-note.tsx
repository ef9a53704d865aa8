/**
 * A careful room's rule, in plain words, for everyone alike: nobody is singled out as new.
 * (Newcomer trust, docs/decisions/0021.)
 */
export function CarefulRoomNote() {
  return (
    <p className="text-sm text-muted">
      This is a careful room: a moderator reads a new member&apos;s first messages before everyone sees them.
      It keeps the room safe for all of us, and says nothing about the person writing.
    </p>
  );
}
