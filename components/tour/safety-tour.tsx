"use client";
// A short tour of how Hearth keeps people safe, one step at a time, skippable at every step.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";

const steps = [
  {
    title: "Moderators keep each room safe",
    body: [
      "Each room has peer moderators. They can see messages in their room, reports about them, and the room's moderation log.",
      "They cannot see your password, your private settings, what you keep covered, or who you muted.",
    ],
  },
  {
    title: "When you report a message",
    body: [
      "Press Report on the message and choose a reason. Only the room's moderators see your report, never the person you reported.",
      "A moderator looks at it, and you get a notice when they have decided.",
    ],
  },
  {
    title: "If you are struggling, help is private to you",
    body: [
      "If something you write sounds like you might be in danger, Hearth shows you crisis lines. Only you see that card.",
      "You can ask a moderator to check in with you privately. Crisis lines are always one click away: Need help now?",
    ],
  },
  {
    title: "You can just listen",
    body: [
      "You can join any room as a listener: you read without posting, and nobody sees your name, only that someone is listening.",
    ],
  },
  {
    title: "Blocking and muting",
    body: [
      "Mute someone to hide their messages for you alone. Block someone so neither of you sees the other. They are not told either way, and you can undo both in settings.",
      "In settings you can also choose themes you'd rather keep covered.",
    ],
  },
  {
    title: "Leaving quickly",
    body: [
      "If someone might see your screen, you can leave Hearth in one step: use Leave quickly, or press Escape three times. The page is replaced by a neutral one.",
    ],
  },
];

export function SafetyTour({ next }: { next: string }) {
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    // Focus follows the step, but not on first arrival (the page heading comes first).
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [index]);
  const step = steps[index] ?? steps[0];
  const last = index === steps.length - 1;

  return (
    <section
      aria-labelledby="tour-step"
      className="flex flex-col gap-4 rounded-2xl border border-line bg-surface p-5"
    >
      <p className="text-sm text-muted">
        Step {index + 1} of {steps.length}
      </p>
      <h2 id="tour-step" ref={heading} tabIndex={-1} className="text-xl font-semibold">
        {step?.title}
      </h2>
      {step?.body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <div className="flex flex-wrap items-center gap-2">
        {index > 0 && (
          <button
            type="button"
            onClick={() => setIndex(index - 1)}
            className="min-h-11 rounded-xl border border-line px-4"
          >
            Back
          </button>
        )}
        {last ? (
          <Link
            href={next}
            className="inline-flex min-h-11 items-center rounded-xl bg-accent px-4 text-accent-ink"
          >
            Done
          </Link>
        ) : (
          <button
            type="button"
            onClick={() => setIndex(index + 1)}
            className="min-h-11 rounded-xl bg-accent px-4 text-accent-ink"
          >
            Next
          </button>
        )}
        {!last && (
          <Link href={next} className="inline-flex min-h-11 items-center rounded-xl px-3 underline">
            Skip the tour
          </Link>
        )}
      </div>
    </section>
  );
}
