"use client";
import { useEffect, useRef } from "react";

/**
 * Focus follows the person into the room when they choose to listen or join (`fromOutside`):
 * the returned ref goes on the conversation, which takes focus the moment the join succeeds.
 * Someone already in the room on load keeps their place.
 */
export function useFocusOnArrival(joined: boolean, fromOutside: boolean) {
  const conversation = useRef<HTMLElement>(null);
  const wasJoined = useRef(joined);
  useEffect(() => {
    const arrived = joined && !wasJoined.current;
    wasJoined.current = joined;
    if (arrived && fromOutside) conversation.current?.focus({ preventScroll: true });
  }, [joined, fromOutside]);
  return conversation;
}
