"use client";
// What a reader sees of a message's words: covered until they choose to open it, or open. Other
// readers' messages are covered for a content warning, for words that need care, or for this
// reader's own filters; each reader's choices change only what they see, and one's own messages
// are never covered for oneself.
import type { Ref } from "react";
import { CareCover, CareNote, ShowMessageButton } from "@/components/chat/care-cover";
import { LinkifiedText } from "@/components/chat/linkified-text";
import type { WireMessage } from "@/lib/shared/chat-types";

export interface MessageCover {
  /** The words suggest the author may be struggling (never said of one's own message). */
  needsCare: boolean;
  /** Covered by the care cover: the words need care and this reader keeps such messages covered. */
  careCovered: boolean;
  /** Covered by this reader's own filters. */
  filtered: boolean;
  /** Covered for this reader until opened, for any of the reasons above or a content warning. */
  coverable: boolean;
}

export function messageCover(
  message: WireMessage,
  mine: boolean,
  choices: { coverCrisis: boolean; coverWarned: boolean; filterLabels: string[] },
): MessageCover {
  const needsCare = message.needsCare && !mine;
  const careCovered = needsCare && choices.coverCrisis;
  const filtered = !mine && choices.filterLabels.length > 0;
  const coverable =
    ((message.contentWarning !== null && choices.coverWarned) || careCovered || filtered) && !mine;
  return { needsCare, careCovered, filtered, coverable };
}

/**
 * The words, or the cover over them. `bodyRef` is the open words, which take focus when the reader
 * opens them; "Cover it again" names what it covers with `aria-controls`.
 */
export function MessageBody({
  message,
  about,
  cover,
  opened,
  filterLabels,
  bodyRef,
  onOpen,
  onCoverAgain,
}: {
  message: WireMessage;
  /** "Ada's message at 14:02": names the buttons. */
  about: string;
  cover: MessageCover;
  opened: boolean;
  filterLabels: string[];
  bodyRef: Ref<HTMLParagraphElement>;
  onOpen: () => void;
  onCoverAgain: () => void;
}) {
  const bodyId = `message-${message.id}-body`;
  const covered = cover.coverable && !opened;
  if (covered && cover.careCovered)
    return <CareCover authorName={message.author.pseudonym} about={about} onOpen={onOpen} />;
  if (covered && cover.filtered)
    return (
      <div className="flex flex-col items-start gap-2 rounded-xl bg-canvas p-3">
        <p className="text-sm">Covered by your filters: {filterLabels.join(", ")}.</p>
        <ShowMessageButton about={about} onOpen={onOpen} />
      </div>
    );
  if (covered)
    return (
      <div className="flex flex-col items-start gap-2">
        <p aria-hidden="true" data-testid="covered-text" className="blur-sm select-none">
          {message.body.replace(/\S/g, "•")}
        </p>
        <ShowMessageButton about={about} onOpen={onOpen} />
      </div>
    );
  return (
    <>
      <p ref={bodyRef} id={bodyId} tabIndex={-1} className="break-words whitespace-pre-wrap">
        <LinkifiedText text={message.body} />
      </p>
      {cover.needsCare && <CareNote />}
      {cover.coverable && (
        <button
          type="button"
          onClick={onCoverAgain}
          aria-expanded={true}
          aria-controls={bodyId}
          aria-label={`Cover it again: ${about}`}
          className="min-h-11 self-start rounded-xl px-2 text-sm text-muted hover:bg-accent-soft sm:min-h-9"
        >
          Cover it again
        </button>
      )}
    </>
  );
}
