"use client";
// What other readers see of a message whose words suggest its author may be struggling: a gentle
// cover they can open, and once open, a few words on answering with care. Never the word
// "crisis", never anything that would shame the author. Every cover opens with the same button.
import Link from "next/link";

/** Opens a covered message; 44 px tall on phones, to touch. */
export function ShowMessageButton({ about, onOpen }: { about: string; onOpen: () => void }) {
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-expanded={false}
      aria-label={`Show message: ${about}`}
      className="min-h-11 rounded-xl border border-line bg-surface px-3 text-sm sm:min-h-9"
    >
      Show message
    </button>
  );
}

export function CareCover({
  authorName,
  about,
  onOpen,
}: {
  authorName: string;
  /** "Ada's message at 14:02": names the button. */
  about: string;
  onOpen: () => void;
}) {
  return (
    <div className="flex flex-col items-start gap-2 rounded-xl bg-accent-soft p-3">
      <p className="text-sm">{authorName} shared something painful. You can read it when you feel ready.</p>
      <ShowMessageButton about={about} onOpen={onOpen} />
    </div>
  );
}

export function CareNote() {
  return (
    <aside aria-label="Answering with care" className="rounded-xl border border-line bg-canvas p-3 text-sm">
      <p className="font-medium">If you answer, answer gently.</p>
      <ul className="mt-1 list-disc pl-5 text-muted">
        <li>Listen and let them know you are glad they said it.</li>
        <li>Don&apos;t talk about ways of hurting oneself.</li>
        <li>
          Point to{" "}
          <Link href="/resources" className="underline">
            help that is there right now
          </Link>
          .
        </li>
        <li>If you are worried, tell a moderator: Report, then &ldquo;Someone may be at risk&rdquo;.</li>
      </ul>
    </aside>
  );
}
