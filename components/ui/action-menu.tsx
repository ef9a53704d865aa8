"use client";
// A button that opens a short menu (WAI-ARIA "menu button"): arrow keys move, Enter or Space
// chooses, Escape or Tab closes, and focus returns to the button whenever the menu closes.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

export interface MenuItem {
  key: string;
  label: string;
  /** For toggles (reactions): shown as checked. */
  checked?: boolean;
  disabled?: boolean;
  onSelect: () => void;
}

export function ActionMenu({
  label,
  buttonText,
  items,
  className = "",
}: {
  /** The button's accessible name, e.g. "Actions for Ada's message at 14:02". */
  label: string;
  buttonText: string;
  items: MenuItem[];
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  function onMenuKey(event: KeyboardEvent<HTMLUListElement>) {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const at = entries.findIndex((entry) => entry === document.activeElement);
    const go = (index: number) => entries[(index + entries.length) % entries.length]?.focus();
    if (event.key === "ArrowDown") go(at + 1);
    else if (event.key === "ArrowUp") go(at - 1);
    else if (event.key === "Home") go(0);
    else if (event.key === "End") go(entries.length - 1);
    else if (event.key === "Escape") close();
    else if (event.key === "Tab") setOpen(false);
    else return;
    if (event.key !== "Tab") {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  return (
    <div className={className || "relative"}>
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            setOpen(true);
          }
        }}
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-xl border border-line bg-surface px-3 text-sm hover:bg-accent-soft"
      >
        {buttonText}
      </button>
      {open && (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKey}
          className="absolute top-full right-0 z-20 mt-1 flex min-w-52 flex-col rounded-xl border border-line bg-surface p-1 shadow-lg"
        >
          {items.map((item) => (
            <li
              key={item.key}
              role={item.checked === undefined ? "menuitem" : "menuitemcheckbox"}
              aria-checked={item.checked}
              aria-disabled={item.disabled || undefined}
              tabIndex={-1}
              onClick={() => {
                if (item.disabled) return;
                close();
                item.onSelect();
              }}
              onKeyDown={(event) => {
                if ((event.key === "Enter" || event.key === " ") && !item.disabled) {
                  event.preventDefault();
                  close();
                  item.onSelect();
                }
              }}
              className="flex min-h-11 cursor-pointer items-center rounded-lg px-3 hover:bg-accent-soft aria-disabled:cursor-not-allowed aria-disabled:opacity-60 aria-checked:font-semibold"
            >
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
