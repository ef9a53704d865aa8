"use client";
// On a crisis item: a moderator writes privately to the person, in a conversation only they and
// the room's moderators see. It replaces nothing: the room's other tools stay beside it.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { request } from "@/lib/client/request";
import { useCareWriting } from "@/lib/client/use-care-looks";
import type { QueueItem } from "@/lib/shared/moderation-types";
import { errorWords } from "@/lib/client/error-words";

export function CheckInPrivately({ item }: { item: QueueItem }) {
  const router = useRouter();
  const [writing, setWriting] = useState(false);
  const [body, setBody] = useState(
    `Hi ${item.author.pseudonym}, I'm one of the moderators. I read what you wrote and wanted to check in. How are you doing right now?`,
  );
  const [problem, setProblem] = useState<string>();
  const [pending, setPending] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  // The member is told a moderator is writing from the moment the form opens.
  const tellWriting = useCareWriting(item.room.id, item.author.id);
  useEffect(() => {
    if (!writing) return;
    field.current?.focus();
    tellWriting();
  }, [writing, tellWriting]);

  if (item.openCheckInId)
    return (
      <p>
        <Link href={`/check-ins/${item.openCheckInId}`} className="font-medium underline">
          Open the private check-in with {item.author.pseudonym}
        </Link>
      </p>
    );

  function close() {
    setWriting(false);
    setTimeout(() => opener.current?.focus(), 0);
  }

  async function start() {
    setPending(true);
    setProblem(undefined);
    const result = await request<{ checkInId: string }>("POST", "/api/check-ins", {
      roomId: item.room.id,
      memberId: item.author.id,
      messageId: item.messageId,
      body,
    });
    setPending(false);
    if (result.ok) router.push(`/check-ins/${result.data.checkInId}`);
    else setProblem(errorWords(result.error));
  }

  if (!writing)
    return (
      <button
        ref={opener}
        type="button"
        onClick={() => setWriting(true)}
        className="min-h-11 self-start rounded-xl bg-accent px-3 text-accent-ink"
      >
        Check in privately with {item.author.pseudonym}
      </button>
    );

  return (
    <form
      aria-label={`Check in privately with ${item.author.pseudonym}`}
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
      }}
      className="flex flex-col gap-2 rounded-xl border border-line bg-canvas p-3"
    >
      <label htmlFor={`check-in-${item.messageId}`} className="font-medium">
        What you would like to say to {item.author.pseudonym}
      </label>
      <p className="text-sm text-muted">
        Only {item.author.pseudonym} and this room&apos;s moderators see this conversation, and it is kept.
        Listen first; point to help that is there right now.
      </p>
      <textarea
        ref={field}
        id={`check-in-${item.messageId}`}
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          tellWriting();
        }}
        rows={4}
        maxLength={4000}
        className="rounded-xl border border-line bg-surface p-2"
      />
      {problem && (
        <p role="alert" className="text-caution">
          {problem}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-xl bg-accent px-3 text-accent-ink"
        >
          {pending ? "Sending…" : "Send privately"}
        </button>
        <button type="button" onClick={close} className="min-h-11 rounded-xl border border-line px-3">
          Cancel
        </button>
      </div>
    </form>
  );
}
