"use client";
import { useEffect, useRef, useState } from "react";
import { CareCover, CareNote, ShowMessageButton } from "@/components/chat/care-cover";
import { LinkifiedText } from "@/components/chat/linkified-text";
import { MessageActions, MessageMenu, type MessageActionsProps } from "@/components/chat/message-actions";
import { ReportForm } from "@/components/chat/report-form";
import { reactionsOffered } from "@/lib/shared/care-reactions";
import type { HoldReason, WireMessage } from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";
import type { ReportReason } from "@/lib/shared/schemas/moderation";
import { MESSAGE_MAX, type ReactionKindName } from "@/lib/shared/limits";
import { errorWords } from "@/lib/client/error-words";

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
  /** The author facilitates the session running in the room. */
  byFacilitator?: boolean;
}

export const messageTime = (iso: string) =>
  new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

type Panel = "edit" | "report" | "block" | null;

/**
 * One message. Every control names the message it acts on ("Ada's message at 14:02"); focus
 * goes into whatever opens (the revealed text, the report form, the edit box) and back to the
 * control that opened it when it closes; Escape closes.
 */
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
  byFacilitator = false,
}: MessageItemProps) {
  const [opened, setOpened] = useState(false);
  const [panel, setPanel] = useState<Panel>(null);
  const [draft, setDraft] = useState(message.body);
  const [problem, setProblem] = useState<string>();
  const [reported, setReported] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const body = useRef<HTMLParagraphElement>(null);
  const thanks = useRef<HTMLParagraphElement>(null);
  const blockYes = useRef<HTMLButtonElement>(null);
  const [focusBack, setFocusBack] = useState(0);
  const [focusBody, setFocusBody] = useState(false);

  useEffect(() => {
    if (focusBack > 0) opener.current?.focus();
  }, [focusBack]);
  useEffect(() => {
    if (focusBody) body.current?.focus();
  }, [focusBody]);
  useEffect(() => {
    if (reported) thanks.current?.focus();
  }, [reported]);
  useEffect(() => {
    if (panel === "block") blockYes.current?.focus();
  }, [panel]);

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

  const when = messageTime(message.createdAt);
  const about = mine ? `your message at ${when}` : `${message.author.pseudonym}'s message at ${when}`;
  const bodyId = `message-${message.id}-body`;
  // Covered for other readers until opened: a content warning, words that need care, or this
  // reader's own filters. Each reader's choices change only what they see.
  const needsCare = message.needsCare && !mine;
  const careCovered = needsCare && coverCrisis;
  const filtered = !mine && filterLabels.length > 0;
  const coverable = ((message.contentWarning !== null && coverWarned) || careCovered || filtered) && !mine;
  const covered = coverable && !opened;

  const open = (next: Panel) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setProblem(undefined);
    setPanel(next);
  };
  const close = () => {
    setPanel(null);
    setFocusBack((count) => count + 1);
  };
  const show = () => {
    setOpened(true);
    setFocusBody(true);
  };

  const actions: MessageActionsProps = {
    about,
    authorName: message.author.pseudonym,
    mine,
    reactions: message.reactions,
    offered: reactionsOffered({ needsCare }),
    reactionsDisabled: !canReact || message.hidden || Boolean(message.awaitingModerator),
    canReport: !mine && !message.hidden && !reported,
    canBlock: !mine,
    onMuteForMe: async () => {
      const error = await onMuteForMe();
      if (error) setProblem(errorWords(error));
    },
    canEdit: mine && !message.hidden && panel !== "edit",
    onReact,
    onReport: () => open("report"),
    onBlock: () => open("block"),
    onEdit: () => {
      setDraft(message.body);
      open("edit");
    },
    onDelete: async () => {
      if (!window.confirm("Delete this message? Everyone will see that a message was deleted.")) return;
      const error = await onDelete();
      if (error) setProblem(errorWords(error));
    },
  };

  return (
    // Two columns on phones: the words, and the menu beside them in a column of its own, so no
    // word can lie under it whatever its length; long unbroken words wrap rather than widen the page.
    <article
      aria-label={about.charAt(0).toUpperCase() + about.slice(1)}
      className="flex items-start gap-2 rounded-2xl border border-line bg-surface p-3 wrap-anywhere"
    >
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-semibold text-ink">{mine ? "You" : message.author.pseudonym}</span>
          {byFacilitator && (
            <span className="rounded-full border border-accent px-2 text-xs text-accent">facilitator</span>
          )}
          <time dateTime={message.createdAt} className="text-muted">
            {when}
          </time>
          {message.editedAt && <span className="text-muted">(edited)</span>}
          {message.hidden && mine && (
            <span className="text-caution">Hidden by a moderator; only you can see it.</span>
          )}
        </header>
        {message.awaitingModerator && mine && <AwaitingModerator why={message.awaitingModerator} />}

        {message.contentWarning && (
          <p className="text-sm">
            <span className="rounded-md box-decoration-clone bg-caution-soft px-2 py-0.5 text-caution">
              Content warning: {message.contentWarning}
            </span>
          </p>
        )}

        {panel === "edit" ? (
          <form
            className="flex flex-col gap-2"
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.stopPropagation();
                close();
              }
            }}
            onSubmit={async (event) => {
              event.preventDefault();
              const error = await onEdit(draft);
              if (error) setProblem(errorWords(error));
              else close();
            }}
          >
            <label className="sr-only" htmlFor={`edit-${message.id}`}>
              Edit {about}
            </label>
            <textarea
              id={`edit-${message.id}`}
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
                onClick={close}
                className="min-h-11 min-w-11 rounded-xl border border-line px-3 sm:min-h-9"
              >
                Cancel
              </button>
            </div>
          </form>
        ) : covered && careCovered ? (
          <CareCover authorName={message.author.pseudonym} about={about} onOpen={show} />
        ) : covered && filtered ? (
          <div className="flex flex-col items-start gap-2 rounded-xl bg-canvas p-3">
            <p className="text-sm">Covered by your filters: {filterLabels.join(", ")}.</p>
            <ShowMessageButton about={about} onOpen={show} />
          </div>
        ) : covered ? (
          <div className="flex flex-col items-start gap-2">
            <p aria-hidden="true" data-testid="covered-text" className="blur-sm select-none">
              {message.body.replace(/\S/g, "•")}
            </p>
            <ShowMessageButton about={about} onOpen={show} />
          </div>
        ) : (
          <>
            <p ref={body} id={bodyId} tabIndex={-1} className="break-words whitespace-pre-wrap">
              <LinkifiedText text={message.body} />
            </p>
            {needsCare && <CareNote />}
            {coverable && (
              <button
                type="button"
                onClick={() => setOpened(false)}
                aria-expanded={true}
                aria-controls={bodyId}
                aria-label={`Cover it again: ${about}`}
                className="min-h-11 self-start rounded-xl px-2 text-sm text-muted hover:bg-accent-soft sm:min-h-9"
              >
                Cover it again
              </button>
            )}
          </>
        )}

        {problem && (
          <p role="alert" className="text-sm text-caution">
            {problem}
          </p>
        )}
        {panel === "report" && (
          <ReportForm
            about={about}
            onReport={onReport}
            onClose={close}
            onSent={() => {
              setPanel(null);
              setReported(true);
            }}
          />
        )}
        {reported && (
          <p ref={thanks} tabIndex={-1} role="status" className="text-sm text-muted">
            Thank you. A moderator will look at this. Nobody else will know you reported it.
          </p>
        )}
        {panel === "block" && (
          <div
            role="group"
            aria-label={`Block ${message.author.pseudonym}?`}
            className="flex flex-wrap items-center gap-1 text-sm"
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.stopPropagation();
                close();
              }
            }}
          >
            <span>Block {message.author.pseudonym}? They won&apos;t be told.</span>
            <button
              ref={blockYes}
              type="button"
              onClick={async () => {
                const error = await onBlock();
                if (error) setProblem(errorWords(error));
              }}
              className="min-h-11 min-w-11 rounded-xl px-2 hover:bg-accent-soft sm:min-h-9"
            >
              Yes, block
            </button>
            <button
              type="button"
              onClick={close}
              className="min-h-11 min-w-11 rounded-xl px-2 hover:bg-accent-soft sm:min-h-9"
            >
              No
            </button>
          </div>
        )}

        <footer>
          <MessageActions {...actions} />
        </footer>
      </div>
      <MessageMenu {...actions} />
    </article>
  );
}

const holdWords: Record<HoldReason, string> = {
  careful_room: "In this room a moderator reads new members' first messages before everyone sees them.",
  link: "Links from new accounts are read by a moderator first; it keeps the rooms free of spam.",
  watched_word: "While you are new here, a moderator reads messages with some words first.",
};

/** The author's own message, not yet shared with the room: said plainly, never as a fault. */
function AwaitingModerator({ why }: { why: HoldReason }) {
  return (
    <p className="text-sm">
      <span className="font-medium">Waiting for a moderator.</span>{" "}
      <span className="text-muted">Only you can see it for now. {holdWords[why]}</span>
    </p>
  );
}
