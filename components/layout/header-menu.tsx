"use client";
// On a phone the header's links fold behind one "Menu" button (a disclosure, not an ARIA menu:
// its contents are ordinary links). From 640 px up they are simply shown in a row. Escape closes
// it and returns focus to the button; following a link closes it.
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { somethingWaits, useLatestAttention } from "@/lib/client/attention-store";

export function HeaderMenu({ children, hasNews: newsAtLoad }: { children: ReactNode; hasNews: boolean }) {
  const live = useLatestAttention();
  const hasNews = live ? somethingWaits(live) : newsAtLoad;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const [openedAt, setOpenedAt] = useState(pathname);
  // A new page closes the menu.
  if (open && openedAt !== pathname) setOpen(false);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => {
          setOpenedAt(pathname);
          setOpen((shown) => !shown);
        }}
        className="inline-flex min-h-11 items-center gap-2 rounded-xl border border-line px-3 sm:hidden"
      >
        {hasNews && <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-accent" />}
        Menu
        {hasNews && <span className="sr-only">, something is waiting for you</span>}
      </button>
      <div
        id="site-menu"
        className={`${open ? "flex" : "hidden"} w-full flex-col items-stretch gap-1 pb-2 sm:flex sm:w-auto sm:flex-row sm:flex-wrap sm:items-center sm:pb-0`}
      >
        {children}
      </div>
    </>
  );
}
