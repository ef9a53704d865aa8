import type { WirePresence } from "@/lib/shared/chat-types";

/**
 * Who is in the room now (listeners only counted, never named), and the two ways out of one's
 * current standing: switching between member and listener, and leaving.
 */
export function WhoIsHere({
  presence,
  viewerId,
  listenOnly,
  onSwitch,
  onLeave,
}: {
  presence: WirePresence | undefined;
  viewerId: string;
  listenOnly: boolean;
  onSwitch: () => void;
  onLeave: () => void;
}) {
  return (
    <section
      aria-label="Who is here"
      className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted"
    >
      <p>
        {presence?.unknown
          ? "Who is here is not known right now"
          : presence && presence.members.length > 0
            ? `Here now: ${presence.members.map((m) => (m.id === viewerId ? "you" : m.pseudonym)).join(", ")}`
            : "Here now: just you"}
        {presence && presence.listeners > 0 ? ` · ${presence.listeners} listening` : ""}
      </p>
      <div className="flex gap-2">
        <button type="button" onClick={onSwitch} className="min-h-9 rounded-xl border border-line px-3">
          {listenOnly ? "Join as a member" : "Switch to listening"}
        </button>
        <button type="button" onClick={onLeave} className="min-h-9 rounded-xl border border-line px-3">
          Leave room
        </button>
      </div>
    </section>
  );
}
