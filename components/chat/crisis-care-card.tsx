"use client";
import Link from "next/link";
import { CrisisLineList } from "@/components/safety/crisis-line-list";
import type { CrisisRegion } from "@/lib/shared/crisis-lines";

/** Shown only to the author whose words suggest they may be in danger. Nobody else sees it. */
export function CrisisCareCard({ region, onClose }: { region: CrisisRegion; onClose: () => void }) {
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
      <CrisisLineList region={region} />
      <p>If you are in immediate danger, call {region.emergency}.</p>
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
