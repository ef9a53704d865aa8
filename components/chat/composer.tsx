"use client";
import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { useEnterSends } from "@/lib/client/use-enter-sends";
import { CONTENT_WARNING_MAX, MESSAGE_MAX } from "@/lib/shared/limits";

interface ComposerProps {
  roomId: string;
  disabledReason?: string;
  onSend: (body: string, contentWarning: string | null) => void;
  onTyping: () => void;
}

const draftKey = (roomId: string) => `hearth:draft:${roomId}`;

/** Writing a message. The draft is kept in the browser until it is sent. */
export function Composer({ roomId, disabledReason, onSend, onTyping }: ComposerProps) {
  const [body, setBody] = useState("");
  const [contentWarning, setContentWarning] = useState("");
  const [showWarning, setShowWarning] = useState(false);
  const id = useId();
  const [enterSends, setEnterSends] = useEnterSends();

  useEffect(() => {
    // Read once after mount: the server-rendered composer starts empty.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setBody(localStorage.getItem(draftKey(roomId)) ?? "");
  }, [roomId]);

  function change(value: string) {
    setBody(value);
    try {
      if (value) localStorage.setItem(draftKey(roomId), value);
      else localStorage.removeItem(draftKey(roomId));
    } catch {
      // storage unavailable: the draft lives in the page only
    }
    if (value.trim()) onTyping();
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const text = body.trim();
    if (!text || disabledReason) return;
    onSend(text, contentWarning.trim() || null);
    change("");
    setContentWarning("");
    setShowWarning(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Phone keyboards have no Shift+Enter: there Enter starts a new line and Send sends.
    if (enterSends && event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  if (disabledReason) {
    return <p className="rounded-2xl border border-line bg-surface p-4 text-muted">{disabledReason}</p>;
  }

  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-3 shadow-sm"
    >
      <label htmlFor={`${id}-message`} className="sr-only font-medium sm:not-sr-only">
        Message
      </label>
      <textarea
        id={`${id}-message`}
        value={body}
        maxLength={MESSAGE_MAX}
        rows={2}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-hint`}
        className="max-h-48 min-h-16 rounded-xl border border-line bg-canvas p-2 sm:min-h-24"
      />
      <div className="flex flex-wrap items-center justify-between gap-x-3 text-sm text-muted">
        <p id={`${id}-hint`} className="sr-only sm:not-sr-only">
          {enterSends
            ? "Enter sends; Shift+Enter starts a new line."
            : "Enter starts a new line; Send sends."}{" "}
          {body.length > MESSAGE_MAX - 200 ? `${MESSAGE_MAX - body.length} characters left.` : ""}
        </p>
        <label className="inline-flex min-h-8 items-center gap-2">
          <input
            type="checkbox"
            checked={enterSends}
            onChange={(event) => setEnterSends(event.target.checked)}
            className="size-4"
          />
          Enter sends
        </label>
      </div>
      {showWarning ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-warning`} className="font-medium">
            Content warning
          </label>
          <input
            id={`${id}-warning`}
            value={contentWarning}
            maxLength={CONTENT_WARNING_MAX}
            onChange={(event) => setContentWarning(event.target.value)}
            placeholder="For example: loss of a child, self-harm, violence"
            className="min-h-11 rounded-xl border border-line bg-canvas px-3"
          />
        </div>
      ) : null}
      <div className="flex flex-wrap justify-between gap-2">
        <button
          type="button"
          onClick={() => setShowWarning((shown) => !shown)}
          aria-expanded={showWarning}
          className="min-h-11 rounded-xl border border-line px-3 text-sm"
        >
          {showWarning ? "No content warning" : "Add a content warning"}
        </button>
        <button
          type="submit"
          disabled={!body.trim()}
          className="min-h-11 rounded-xl bg-accent px-5 font-medium text-accent-ink disabled:opacity-60"
        >
          Send
        </button>
      </div>
    </form>
  );
}
