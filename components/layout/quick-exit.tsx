"use client";
// "Leave quickly": for a person who may be watched at home. The button, or Escape pressed three
// times within two seconds, replaces this page with a neutral site, so Hearth is not one Back
// press away. Capturing the key first means no dialog's own Escape handling can swallow it.
import { useEffect } from "react";

const pressesNeeded = 3;
const withinMs = 2_000;

function leave(url: string) {
  // Hide at once: the next site may take a moment to load.
  document.documentElement.style.visibility = "hidden";
  document.title = "";
  window.location.replace(url);
}

export function QuickExit({ url }: { url: string }) {
  useEffect(() => {
    let presses: number[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = event.timeStamp;
      presses = [...presses.filter((at) => now - at < withinMs), now];
      if (presses.length >= pressesNeeded) leave(url);
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [url]);

  return (
    <button
      type="button"
      onClick={() => leave(url)}
      title="Leaves Hearth at once for an everyday website. Escape pressed three times does the same."
      className="inline-flex min-h-11 items-center rounded-xl border border-line bg-surface px-3 text-sm font-medium hover:bg-accent-soft"
    >
      Leave quickly
    </button>
  );
}
