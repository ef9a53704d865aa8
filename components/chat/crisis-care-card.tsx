"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { CareStatusLine } from "@/components/care/care-status-line";
import { CrisisLineList } from "@/components/safety/crisis-line-list";
import { request } from "@/lib/client/request";
import type { CrisisRegion } from "@/lib/shared/crisis-lines";
import { errorWords } from "@/lib/client/error-words";

/** "Ask a moderator to check in with me": a private conversation, only with the room's moderators. */
function AskForCheckIn({ roomId }: { roomId: string }) {
  const [asked, setAsked] = useState<{ checkInId: string }>();
  const [problem, setProblem] = useState<string>();
  const [pending, setPending] = useState(false);
  const answer = useRef<HTMLParagraphElement>(null);
  // The button is gone once asked: focus moves to the answer, not to the page's start.
  useEffect(() => {
    if (asked) answer.current?.focus();
  }, [asked]);

  async function ask() {
    setPending(true);
    setProblem(undefined);
    const result = await request<{ checkInId: string }>("POST", "/api/check-ins/request", { roomId });
    setPending(false);
    if (result.ok) setAsked(result.data);
    else setProblem(errorWords(result.error));
  }

  if (asked)
    return (
      <p ref={answer} tabIndex={-1} className="rounded-xl bg-surface p-3">
        You asked this room&apos;s moderators to check in with you.{" "}
        <Link href={`/check-ins/${asked.checkInId}`} className="font-medium underline">
          Open your private check-in
        </Link>
      </p>
    );
  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        disabled={pending}
        onClick={() => void ask()}
        className="min-h-11 self-start rounded-xl bg-accent px-4 text-accent-ink"
      >
        {pending ? "Asking…" : "Ask a moderator to check in with me"}
      </button>
      <p className="text-sm text-muted">
        Only you and this room&apos;s moderators will see that conversation.
      </p>
      {problem && (
        <p role="alert" className="text-caution">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Shown only to the author whose words suggest they may be in danger. Nobody else sees it. */
export function CrisisCareCard({
  roomId,
  region,
  onClose,
}: {
  roomId: string;
  region: CrisisRegion;
  onClose: () => void;
}) {
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
      <AskForCheckIn roomId={roomId} />
      <CareStatusLine query={{ roomId }} linkToCheckIn />
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
