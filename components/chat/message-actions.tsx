"use client";
// What a person can do with one message: react, report, block its author, or edit and delete
// their own. Wide screens: one toolbar, a single Tab stop (arrow keys within). Narrow screens:
// the reactions as a quiet summary and one "⋯" menu, so a message takes little room on a phone.
// The menu is a column of the message of its own (MessageMenu), never laid over its words.
import { reactionLabels } from "@/components/chat/reaction-labels";
import { ActionMenu, type MenuItem } from "@/components/ui/action-menu";
import { RovingToolbar } from "@/components/ui/roving-toolbar";
import type { WireReactions } from "@/lib/shared/chat-types";
import type { ReactionKindName } from "@/lib/shared/limits";

export interface MessageActionsProps {
  /** "Ada's message at 14:02" or "your message at 14:02": names every control. */
  about: string;
  authorName: string;
  mine: boolean;
  reactions: WireReactions;
  offered: readonly ReactionKindName[];
  reactionsDisabled: boolean;
  canReport: boolean;
  canBlock: boolean;
  canEdit: boolean;
  onReact: (kind: ReactionKindName) => void;
  onReport: () => void;
  onBlock: () => void;
  /** Hides the author's messages for this reader alone (not offered on one's own messages). */
  onMuteForMe: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

const toolButton = "inline-flex min-h-9 items-center gap-1 rounded-full border px-2.5 text-sm";

function menuItems(props: MessageActionsProps): MenuItem[] {
  return [
    ...props.offered.map((kind) => ({
      key: kind,
      label: `${reactionLabels[kind].symbol} ${reactionLabels[kind].label}`,
      checked: props.reactions.mine.includes(kind),
      disabled: props.reactionsDisabled,
      onSelect: () => props.onReact(kind),
    })),
    ...(props.canEdit
      ? [
          { key: "edit", label: "Edit", onSelect: props.onEdit },
          { key: "delete", label: "Delete", onSelect: props.onDelete },
        ]
      : []),
    ...(props.canReport ? [{ key: "report", label: "Report", onSelect: props.onReport }] : []),
    ...(props.canBlock
      ? [
          { key: "mute", label: `Mute ${props.authorName} for me`, onSelect: props.onMuteForMe },
          { key: "block", label: `Block ${props.authorName}`, onSelect: props.onBlock },
        ]
      : []),
  ];
}

/**
 * Narrow screens: the "⋯" menu, the message's last column (the flex row in MessageItem gives it
 * its own width, so no word can lie under it) and its last Tab stop, after everything it names.
 */
export function MessageMenu(props: MessageActionsProps) {
  return (
    <ActionMenu
      label={`Actions for ${props.about}`}
      buttonText="⋯"
      items={menuItems(props)}
      // Into the corner of the message's padding, as close to the edge as a thumb needs.
      className="relative -mt-1.5 -mr-1.5 shrink-0 sm:hidden"
    />
  );
}

/** Below the words: the reaction counts on narrow screens, the whole toolbar on wide ones. */
export function MessageActions(props: MessageActionsProps) {
  const { about, reactions, offered } = props;
  const counted = offered.filter((kind) => (reactions.counts[kind] ?? 0) > 0);

  return (
    <>
      {counted.length > 0 && (
        <p className="text-sm text-muted sm:hidden">
          <span className="sr-only">Reactions: </span>
          {counted.map((kind) => (
            <span key={kind} className="mr-2">
              <span aria-hidden="true">{reactionLabels[kind].symbol}</span>
              <span className="sr-only">{reactionLabels[kind].label}</span> {reactions.counts[kind]}
            </span>
          ))}
        </p>
      )}

      {/* Wide screens: one Tab stop for the whole row. */}
      <RovingToolbar
        label={`Reactions and actions for ${about}`}
        className="hidden flex-wrap items-center gap-1.5 sm:flex"
      >
        {offered.map((kind) => {
          const count = reactions.counts[kind] ?? 0;
          const chosen = reactions.mine.includes(kind);
          return (
            <button
              key={kind}
              type="button"
              disabled={props.reactionsDisabled}
              aria-pressed={chosen}
              onClick={() => props.onReact(kind)}
              className={`${toolButton} ${chosen ? "border-accent bg-accent-soft" : "border-line bg-surface"} ${count === 0 && !chosen ? "opacity-70" : ""}`}
            >
              <span aria-hidden="true">{reactionLabels[kind].symbol}</span>
              <span>{reactionLabels[kind].label}</span>
              {count > 0 && <span aria-label={`, ${count}`}>{count}</span>}
            </button>
          );
        })}
        <span className="flex-1" />
        {props.canEdit && (
          <>
            <button type="button" onClick={props.onEdit} className={`${toolButton} border-transparent`}>
              Edit<span className="sr-only"> {about}</span>
            </button>
            <button type="button" onClick={props.onDelete} className={`${toolButton} border-transparent`}>
              Delete<span className="sr-only"> {about}</span>
            </button>
          </>
        )}
        {props.canReport && (
          <button
            type="button"
            onClick={props.onReport}
            className={`${toolButton} border-transparent text-muted`}
          >
            Report<span className="sr-only"> {about}</span>
          </button>
        )}
        {props.canBlock && (
          <button
            type="button"
            onClick={props.onMuteForMe}
            className={`${toolButton} border-transparent text-muted`}
          >
            Mute {props.authorName} for me
          </button>
        )}
        {props.canBlock && (
          <button
            type="button"
            onClick={props.onBlock}
            className={`${toolButton} border-transparent text-muted`}
          >
            Block {props.authorName}
          </button>
        )}
      </RovingToolbar>
    </>
  );
}
