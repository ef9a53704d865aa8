// What a screen reader hears when messages arrive: each message once, and several that arrive
// together as one announcement. Covered messages (a content warning, words that need care) are
// announced without their words, as they are shown.
import type { WireMessage } from "@/lib/shared/chat-types";

const longest = 200;

function oneLine(message: WireMessage): string {
  const who = message.author.pseudonym;
  if (message.needsCare) return `${who} shared something painful; it is covered until you open it.`;
  if (message.contentWarning) return `${who}, with a content warning: ${message.contentWarning}.`;
  const body = message.body.length > longest ? `${message.body.slice(0, longest)}…` : message.body;
  return `${who}: ${body}`;
}

/** The messages to announce: from others, not deleted or hidden, newer than `after` (ids compare as numbers). */
export function toAnnounce(messages: WireMessage[], after: string, viewerId: string): WireMessage[] {
  const from = BigInt(after);
  return messages.filter(
    (message) =>
      BigInt(message.id) > from && message.author.id !== viewerId && !message.deleted && !message.hidden,
  );
}

/** One announcement for messages that arrived together. */
export function announcement(messages: WireMessage[]): string {
  if (messages.length === 0) return "";
  if (messages.length === 1) return `New message from ${oneLine(messages[0]!)}`;
  if (messages.length <= 3) return `${messages.length} new messages. ${messages.map(oneLine).join(" ")}`;
  const names = [...new Set(messages.map((message) => message.author.pseudonym))];
  const from =
    names.length <= 3
      ? names.join(", ").replace(/, ([^,]*)$/, " and $1")
      : `${names.slice(0, 2).join(", ")} and ${names.length - 2} others`;
  return `${messages.length} new messages, from ${from}. The newest: ${oneLine(messages.at(-1)!)}`;
}
