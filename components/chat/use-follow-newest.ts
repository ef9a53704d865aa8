"use client";
// Keeps the newest message in sight for someone reading at the bottom of the room, and counts
// what arrives while they read further up ("3 new messages" takes them there). Their own
// messages always come into view; on joining, the room opens at the first unread message.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { WireMessage } from "@/lib/shared/chat-types";

const slack = 48;

/** Scrolls so that `end` sits just above what is pinned over the bottom of the screen. */
function scrollBelow(end: HTMLElement | null, pinned: HTMLElement | null) {
  const covered = pinned?.getBoundingClientRect().height ?? 0;
  const top = (end?.getBoundingClientRect().top ?? 0) + window.scrollY;
  // At once, not smoothly: a scroll still moving when the next message lands would read as
  // "scrolled away" and leave that message behind the "new messages" button.
  window.scrollTo({ top: top - window.innerHeight + covered + 16, behavior: "instant" });
}

export function useFollowNewest(options: {
  joined: boolean;
  messages: WireMessage[];
  viewerId: string;
  firstUnreadId: string | null | undefined;
  /** The end of the message list. */
  end: RefObject<HTMLElement | null>;
  /** What stays pinned over the bottom of the screen (the composer). */
  pinned: RefObject<HTMLElement | null>;
}) {
  const { joined, messages, viewerId, firstUnreadId, end, pinned } = options;
  // The newest message the person has had in sight; what came after it from others is unseen.
  const [seenThrough, setSeenThrough] = useState<string>();
  const atBottom = useRef(true);
  const known = useRef<string | undefined>(undefined);
  const newest = messages.at(-1);
  const newestId = useRef(newest?.id);
  useEffect(() => {
    newestId.current = newest?.id;
  });

  const scrollToEnd = () => {
    scrollBelow(end.current, pinned.current);
    atBottom.current = true;
  };

  useEffect(() => {
    const onScroll = () => {
      const bottom = end.current?.getBoundingClientRect().top;
      const covered = pinned.current?.getBoundingClientRect().height ?? 0;
      atBottom.current = bottom === undefined || bottom <= window.innerHeight - covered + slack;
      const latest = newestId.current;
      setSeenThrough((seen) => (atBottom.current ? latest : (seen ?? latest)));
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    return () => {
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
    };
  }, [end, pinned]);

  useLayoutEffect(() => {
    if (!joined) return;
    const previous = known.current;
    known.current = newest?.id;
    if (previous === undefined) {
      // Just joined: open at the first unread message, or at the newest.
      const divider = firstUnreadId ? document.getElementById(`message-${firstUnreadId}`) : null;
      if (divider) divider.scrollIntoView({ block: "start" });
      else if (newest) scrollToEnd();
      const seen = newest?.id;
      requestAnimationFrame(() => setSeenThrough((current) => current ?? seen));
      return;
    }
    if (newest && newest.id !== previous && (newest.author.id === viewerId || atBottom.current)) {
      scrollToEnd();
      // In sight now, so not "new"; marked on the next frame, once the page has moved.
      const seen = newest.id;
      requestAnimationFrame(() => setSeenThrough(seen));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- scrollToEnd reads only refs
  }, [joined, newest, viewerId, firstUnreadId]);

  const unseen =
    seenThrough === undefined
      ? 0
      : messages.filter(
          (message) => BigInt(message.id) > BigInt(seenThrough) && message.author.id !== viewerId,
        ).length;

  return {
    unseen,
    showNewest() {
      scrollToEnd();
      setSeenThrough(newest?.id);
    },
  };
}
