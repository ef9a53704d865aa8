"use client";
import Link from "next/link";

/** Shown only to the author whose words suggest they may be in danger. Nobody else sees it. */
export function CrisisCareCard({ onClose }: { onClose: () => void }) {
  return (
    <section
      aria-labelledby="care-heading"
      aria-live="polite"
      className="flex flex-col gap-3 rounded-2xl border border-accent bg-accent-soft p-5"
    >
      <h2 id="care-heading" className="text-lg font-semibold">
        We&apos;re glad you said something
      </h2>
      <p>
        What you wrote sounds really heavy. If you are thinking about ending your life or hurting yourself,
        please reach out to someone who can be with you right now. You deserve that support.
      </p>
      <ul className="list-disc pl-6">
        <li>
          United States and Canada: call or text{" "}
          <a href="tel:988" className="underline">
            988
          </a>
        </li>
        <li>
          UK and Ireland: Samaritans,{" "}
          <a href="tel:116123" className="underline">
            116 123
          </a>
        </li>
        <li>
          Australia: Lifeline,{" "}
          <a href="tel:131114" className="underline">
            13 11 14
          </a>
        </li>
        <li>If you are in immediate danger, call your local emergency number.</li>
      </ul>
      <p>
        <Link href="/resources" className="font-medium underline">
          More crisis lines and help
        </Link>
        . Only you can see this card; your message was posted as usual.
      </p>
      <button
        type="button"
        onClick={onClose}
        className="min-h-11 self-start rounded-xl border border-line bg-surface px-4"
      >
        Close
      </button>
    </section>
  );
}
