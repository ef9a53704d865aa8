import type { KeyboardEvent } from "react";

/**
 * The keydown handler of a panel opened on one message (edit, report, block): Escape closes that
 * panel and goes no further, so the same press does not also close something around it.
 */
export function closeOnEscape(close: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      close();
    }
  };
}
