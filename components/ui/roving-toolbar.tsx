"use client";
// A toolbar that is one Tab stop: arrow keys (and Home/End) move between its buttons, and Tab
// leaves it. So a keyboard moves from message to message without stepping through every
// reaction (WAI-ARIA "toolbar" pattern with a roving tabindex).
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

const buttonsIn = (element: HTMLElement | null) =>
  element ? [...element.querySelectorAll<HTMLButtonElement>("button:not([disabled])")] : [];

export function RovingToolbar({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const current = useRef(0);

  // After every render (buttons come and go), exactly one button is reachable by Tab.
  useLayoutEffect(() => {
    const buttons = buttonsIn(ref.current);
    const active = Math.min(current.current, Math.max(buttons.length - 1, 0));
    buttons.forEach((button, index) => (button.tabIndex = index === active ? 0 : -1));
  });

  function move(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = buttonsIn(ref.current);
    const at = buttons.findIndex((button) => button === document.activeElement);
    if (at < 0) return;
    const last = buttons.length - 1;
    const next =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? (at + 1) % buttons.length
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? (at - 1 + buttons.length) % buttons.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    focusAt(buttons, next);
  }

  function focusAt(buttons: HTMLButtonElement[], index: number) {
    current.current = index;
    buttons.forEach((button, position) => (button.tabIndex = position === index ? 0 : -1));
    buttons[index]?.focus();
  }

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={label}
      onKeyDown={move}
      onFocus={(event) => {
        const buttons = buttonsIn(ref.current);
        const target: EventTarget = event.target;
        const at = buttons.findIndex((button) => button === target);
        if (at >= 0 && at !== current.current) focusAt(buttons, at);
      }}
      className={className}
    >
      {children}
    </div>
  );
}
