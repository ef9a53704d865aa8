import { FocusHeading } from "@/components/ui/focus-heading";

/**
 * The room's guidelines to accept before writing: a listener asked to join as a member reads them
 * first (`asked`), and a member reads them again when a moderator changed them.
 */
export function GuidelinesPrompt({
  guidelines,
  asked,
  listenOnly,
  onAccept,
}: {
  /** One guideline a line. */
  guidelines: string;
  asked: boolean;
  listenOnly: boolean;
  onAccept: () => void;
}) {
  return (
    <section
      aria-labelledby="new-guidelines"
      className="flex flex-col gap-2 rounded-2xl border border-accent bg-accent-soft p-4"
    >
      {asked ? (
        // Asked for: focus goes to the guidelines. A change made by a moderator never moves focus.
        <FocusHeading as="h2" id="new-guidelines" className="font-semibold">
          Before you write: this room&apos;s guidelines
        </FocusHeading>
      ) : (
        <h2 id="new-guidelines" className="font-semibold">
          The room&apos;s guidelines changed
        </h2>
      )}
      <ul className="list-disc pl-6">
        {guidelines
          .split("\n")
          .filter(Boolean)
          .map((line) => (
            <li key={line}>{line}</li>
          ))}
      </ul>
      <button
        type="button"
        onClick={onAccept}
        className="min-h-11 self-start rounded-xl bg-accent px-4 text-accent-ink"
      >
        {listenOnly ? "I accept them: join as a member" : "I accept the new guidelines"}
      </button>
    </section>
  );
}
