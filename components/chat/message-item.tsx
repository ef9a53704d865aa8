"use client";
import { useState } from "react";
import { CareCover, CareNote } from "@/components/chat/care-cover";
import { LinkifiedText } from "@/components/chat/linkified-text";
import { ReactionBar } from "@/components/chat/reaction-bar";
import { ReportForm } from "@/components/chat/report-form";
import { reactionsOffered } from "@/lib/shared/care-reactions";
import type { WireMessage } from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";
import type { ReportReason } from "@/lib/shared/schemas/moderation";
import { MESSAGE_MAX, type ReactionKindName } from "@/lib/shared/schemas/chat";

interface MessageItemProps {
  message: WireMessage;
  mine: boolean;
  canReact: boolean;
  onEdit: (body: string) => Promise<ErrorBody | null>;
  onDelete: () => Promise<ErrorBody | null>;
  onReact: (kind: ReactionKindName) => void;
  onBlock: () => Promise<ErrorBody | null>;
  onMuteForMe: () => Promise<ErrorBody | null>;
  onReport: (reason: ReportReason, details: string) => Promise<ErrorBody | null>;
  /** This reader's choices: keep crisis-flagged and content-warned messages covered (both on by default). */
  coverCrisis?: boolean;
  coverWarned?: boolean;
  /** Which of this reader's filters the message meets ("suicide", "your word “dad”"). */
  filterLabels?: string[];
}

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

export function MessageItem({
  message,
  mine,
  canReact,
  onEdit,
  onDelete,
  onReact,
  onBlock,
  onMuteForMe,
  onReport,
  coverCrisis = true,
  coverWarned = true,
  filterLabels = [],
}: MessageItemProps) {
  const [opened, setOpened] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.body);
  const [problem, setProblem] = useState<string>();
  const [confirmingBlock, setConfirmingBlock] = useState(false);

  if (message.deleted) {
    return (
      <p className="py-2 text-sm text-muted italic">
        {mine ? "You deleted this message." : "This message was deleted."}
      </p>
    );
  }
  if (message.hidden && !mine) {
    return <p className="py-2 text-sm text-muted italic">This message was hidden by a moderator.</p>;
  }

  // Covered for other readers until opened: a content warning, words that need care, or this
  // reader's own filters. Each reader's choices change only what they see.
  const needsCare = message.needsCare && !mine;
  const careCovered = needsCare && coverCrisis;
  const filtered = !mine && filterLabels.length > 0;
  const covered =
    ((message.contentWarning !== null && coverWarned) || careCovered || filtered) && !opened && !mine;
  return (
    <article
      aria-label={`${message.author.pseudonym} at ${time(message.createdAt)}`}
      className="flex flex-col gap-1.5 rounded-2xl border border-line bg-surface p-3"
    >
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold text-ink">{mine ? "You" : message.author.pseudonym}</span>
        <time dateTime={message.createdAt} className="text-muted">
          {time(message.createdAt)}
        </time>
        {message.editedAt && <span className="text-muted">(edited)</span>}
        {message.hidden && mine && (
          <span className="text-caution">Hidden by a moderator; only you can see it.</span>
        )}
      </header>

      {message.contentWarning && (
        <p className="text-sm">
          <span className="rounded-md bg-caution-soft px-2 py-0.5 text-caution">
            Content warning: {message.contentWarning}
          </span>
        </p>
      )}

      {editing ? (
        <form
          className="flex flex-col gap-2"
          onSubmit={async (event) => {
            event.preventDefault();
            const error = await onEdit(draft);
            if (error) setProblem(error.message);
            else setEditing(false);
          }}
        >
          <label className="sr-only" htmlFor={`edit-${message.id}`}>
            Edit your message
          </label>
          <textarea
            id={`edit-${message.id}`}
            value={draft}
            maxLength={MESSAGE_MAX}
            onChange={(event) => setDraft(event.target.value)}
            rows={3}
            className="rounded-xl border border-line bg-canvas p-2"
          />
          <div className="flex gap-2">
            <button type="submit" className="min-h-9 rounded-xl bg-accent px-3 text-accent-ink">
              Save
            </button>
            <button
              type="button"
              onClick={() => setEditing(false)}
              className="min-h-9 rounded-xl border border-line px-3"
            >
              Cancel
            </button>
          </div>
        </form>
      ) : covered && careCovered ? (
        <CareCover authorName={message.author.pseudonym} onOpen={() => setOpened(true)} />
      ) : covered && filtered ? (
        <div className="flex flex-col items-start gap-2 rounded-xl bg-canvas p-3">
          <p className="text-sm">Covered by your filters: {filterLabels.join(", ")}.</p>
          <button
            type="button"
            onClick={() => setOpened(true)}
            className="min-h-9 rounded-xl border border-line bg-surface px-3 text-sm"
          >
            Show message
          </button>
        </div>
      ) : covered ? (
        <div className="flex flex-col items-start gap-2">
          <p aria-hidden="true" data-testid="covered-text" className="blur-sm select-none">
            {message.body.replace(/\S/g, "•")}
          </p>
          <button
            type="button"
            onClick={() => setOpened(true)}
            className="min-h-9 rounded-xl border border-line px-3 text-sm"
          >
            Show message
          </button>
        </div>
      ) : (
        <>
          <p className="break-words whitespace-pre-wrap">
            <LinkifiedText text={message.body} />
          </p>
          {needsCare && <CareNote />}
        </>
      )}

      {problem && (
        <p role="alert" className="text-sm text-caution">
          {problem}
        </p>
      )}
      {!mine && !message.hidden && <ReportForm onReport={onReport} />}

      <footer className="flex flex-wrap items-center justify-between gap-2">
        <ReactionBar
          reactions={message.reactions}
          onReact={onReact}
          disabled={!canReact || message.hidden}
          offered={reactionsOffered({ needsCare })}
        />
        <div className="flex gap-1 text-sm">
          {mine && !message.hidden && !editing && (
            <>
              <button
                type="button"
                onClick={() => {
                  setDraft(message.body);
                  setEditing(true);
                }}
                className="min-h-9 rounded-xl px-2 hover:bg-accent-soft"
              >
                Edit
              </button>
              <button
                type="button"
                onClick={async () => {
                  if (!window.confirm("Delete this message? Everyone will see that a message was deleted."))
                    return;
                  const error = await onDelete();
                  if (error) setProblem(error.message);
                }}
                className="min-h-9 rounded-xl px-2 hover:bg-accent-soft"
              >
                Delete
              </button>
            </>
          )}
          {!mine &&
            (confirmingBlock ? (
              <span className="flex items-center gap-1">
                <span>Block {message.author.pseudonym}? They won&apos;t be told.</span>
                <button
                  type="button"
                  onClick={async () => {
                    const error = await onBlock();
                    if (error) setProblem(error.message);
                  }}
                  className="min-h-9 rounded-xl px-2 hover:bg-accent-soft"
                >
                  Yes, block
                </button>
                <button
                  type="button"
                  onClick={() => setConfirmingBlock(false)}
                  className="min-h-9 rounded-xl px-2 hover:bg-accent-soft"
                >
                  No
                </button>
              </span>
            ) : (
              <>
                <button
                  type="button"
                  onClick={async () => {
                    const error = await onMuteForMe();
                    if (error) setProblem(error.message);
                  }}
                  className="min-h-9 rounded-xl px-2 text-muted hover:bg-accent-soft"
                >
                  Mute {message.author.pseudonym} for me
                </button>
                <button
                  type="button"
                  onClick={() => setConfirmingBlock(true)}
                  className="min-h-9 rounded-xl px-2 text-muted hover:bg-accent-soft"
                >
                  Block {message.author.pseudonym}
                </button>
              </>
            ))}
        </div>
      </footer>
    </article>
  );
}
