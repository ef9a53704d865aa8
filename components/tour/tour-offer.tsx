"use client";
// Right after sign-up, wherever the person lands: a calm offer of the safety tour, never in
// their way. It is shown once; the tour is always on /resources too.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useSyncExternalStore } from "react";

export const tourOfferKey = "hearth.tourOffer";
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function offered(): boolean {
  try {
    return window.sessionStorage.getItem(tourOfferKey) === "1";
  } catch {
    return false;
  }
}

function dismiss() {
  try {
    window.sessionStorage.removeItem(tourOfferKey);
  } catch {
    // Private browsing without storage: nothing to remember.
  }
  listeners.forEach((listener) => listener());
}

export function TourOffer() {
  const pathname = usePathname();
  const show = useSyncExternalStore(subscribe, offered, () => false);
  if (!show || pathname === "/tour") return null;
  return (
    <aside
      aria-label="Safety tour"
      className="mb-6 flex flex-col gap-2 rounded-2xl border border-accent bg-accent-soft p-4"
    >
      <p>New here? A one-minute tour of how Hearth keeps you safe.</p>
      <div className="flex flex-wrap gap-2">
        <Link
          href={`/tour?next=${encodeURIComponent(pathname)}`}
          onClick={dismiss}
          className="inline-flex min-h-11 items-center rounded-xl bg-accent px-4 text-accent-ink"
        >
          Take the tour
        </Link>
        <button
          type="button"
          onClick={dismiss}
          className="min-h-11 rounded-xl border border-line bg-surface px-4"
        >
          Not now
        </button>
      </div>
    </aside>
  );
}
