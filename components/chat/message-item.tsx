"use client";
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { AwaitingModerator } from "@/components/chat/awaiting-moderator";
import { MessageActions, MessageMenu, type MessageActionsProps } from "@/components/chat/message-actions";
import { MessageBody, messageCover } from "@/components/chat/message-body";
import { MessageHeader } from "@/components/chat/message-header";
import { ReportThanks } from "@/components/chat/report-thanks";
import { clockTime } from "@/lib/client/time-words";
import { reactionsOffered } from "@/lib/shared/care-reactions";
import type { WireMessage } from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";
import type { ReportReason } from "@/lib/shared/schemas/moderation";
import type { ReactionKindName } from "@/lib/shared/limits";
import { errorWords } from "@/lib/client/error-words";

// The report and edit forms and the block question open for few readers, and only when asked: their code is fetched
// then, which keeps the room's scripts within their budget (tests/e2e/page-weight.spec.ts).
const opening = () => <p className="text-sm text-muted">Opening…</p>;
const ReportForm = dynamic(
  () => import("@/components/chat/report-form").then((module) => module.ReportForm),
  {
    loading: opening,
  },
);
const BlockConfirm = dynamic(
  () => import("@/components/chat/block-confirm").then((module) => module.BlockConfirm),
  {
    loading: opening,
  },
);
const MessageEditForm = dynamic(
  () => import("@/components/chat/message-edit-form").then((module) => module.MessageEditForm),
  { loading: opening },
);

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

/** What is open below a message's words, one at a time. */
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
  const [problem, setProblem] = useState<string>();
  const [reported, setReported] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const body = useRef<HTMLParagraphElement>(null);
  // Counters, not flags: each request moves focus once, however many came before.
  const [focusBack, setFocusBack] = useState(0);
  const [focusBody, setFocusBody] = useState(0);

  useEffect(() => {
    if (focusBack === 0) return;
    // The control that opened the panel may be gone (Edit is not offered while editing): then
    // the words themselves, so focus stays on this message rather than falling to the page.
    if (opener.current?.isConnected) opener.current.focus();
    else body.current?.focus();
  }, [focusBack]);
  useEffect(() => {
    if (focusBody > 0) body.current?.focus();
  }, [focusBody]);

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

  const when = clockTime(new Date(message.createdAt));
  const about = mine ? `your message at ${when}` : `${message.author.pseudonym}'s message at ${when}`;
  const cover = messageCover(message, mine, { coverCrisis, coverWarned, filterLabels });
  // Shown under the message, whichever control failed.
  const showProblem = (error: ErrorBody | null) => {
    if (error) setProblem(errorWords(error));
  };

  const open = (next: Panel) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setProblem(undefined);
    setPanel(next);
  };
  const close = () => {
    setPanel(null);
    setFocusBack((count) => count + 1);
  };

  const actions: MessageActionsProps = {
    about,
    authorName: message.author.pseudonym,
    mine,
    reactions: message.reactions,
    offered: reactionsOffered({ needsCare: cover.needsCare }),
    reactionsDisabled: !canReact || message.hidden || Boolean(message.awaitingModerator),
    canReport: !mine && !message.hidden && !reported,
    canBlock: !mine,
    onMuteForMe: async () => showProblem(await onMuteForMe()),
    canEdit: mine && !message.hidden && panel !== "edit",
    onReact,
    onReport: () => open("report"),
    onBlock: () => open("block"),
    onEdit: () => open("edit"),
    onDelete: async () => {
      if (!window.confirm("Delete this message? Everyone will see that a message was deleted.")) return;
      showProblem(await onDelete());
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
        <MessageHeader message={message} mine={mine} when={when} byFacilitator={byFacilitator} />
        {message.awaitingModerator && mine && <AwaitingModerator why={message.awaitingModerator} />}

        {message.contentWarning && (
          <p className="text-sm">
            <span className="rounded-md box-decoration-clone bg-caution-soft px-2 py-0.5 text-caution">
              Content warning: {message.contentWarning}
            </span>
          </p>
        )}

        {panel === "edit" ? (
          <MessageEditForm
            messageId={message.id}
            about={about}
            body={message.body}
            onSave={async (draft) => {
              const error = await onEdit(draft);
              if (error) setProblem(errorWords(error));
              else close();
            }}
            onClose={close}
          />
        ) : (
          <MessageBody
            message={message}
            about={about}
            cover={cover}
            opened={opened}
            filterLabels={filterLabels}
            bodyRef={body}
            onOpen={() => {
              setOpened(true);
              setFocusBody((count) => count + 1);
            }}
            onCoverAgain={() => setOpened(false)}
          />
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
        {reported && <ReportThanks />}
        {panel === "block" && (
          <BlockConfirm
            authorName={message.author.pseudonym}
            onBlock={async () => showProblem(await onBlock())}
            onClose={close}
          />
        )}

        <footer>
          <MessageActions {...actions} />
        </footer>
      </div>
      <MessageMenu {...actions} />
    </article>
  );
}
