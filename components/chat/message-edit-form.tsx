"use client";
import { useState } from "react";
import { closeOnEscape } from "@/components/chat/close-on-escape";
import { MESSAGE_MAX } from "@/lib/shared/limits";

/** Editing one's own message in place: it starts from the words as they are; Escape cancels. */
export function MessageEditForm({
  messageId,
  about,
  body,
  onSave,
  onClose,
}: {
  messageId: string;
  /** "your message at 14:02": names the edit box. */
  about: string;
  body: string;
  onSave: (draft: string) => Promise<void>;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(body);
  return (
    <form
      className="flex flex-col gap-2"
      onKeyDown={closeOnEscape(onClose)}
      onSubmit={async (event) => {
        event.preventDefault();
        await onSave(draft);
      }}
    >
      <label className="sr-only" htmlFor={`edit-${messageId}`}>
        Edit {about}
      </label>
      <textarea
        id={`edit-${messageId}`}
        value={draft}
        maxLength={MESSAGE_MAX}
        onChange={(event) => setDraft(event.target.value)}
        rows={3}
        // Focus goes into the edit box the moment it opens.
        autoFocus
        className="rounded-xl border border-line bg-canvas p-2"
      />
      <div className="flex gap-2">
        <button
          type="submit"
          className="min-h-11 min-w-11 rounded-xl bg-accent px-3 text-accent-ink sm:min-h-9"
        >
          Save
        </button>
        <button
          type="button"
          onClick={onClose}
          className="min-h-11 min-w-11 rounded-xl border border-line px-3 sm:min-h-9"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
