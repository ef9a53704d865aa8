"use client";
// Registers public/sw.js: the offline page, and the build's static files kept for repeat visits.
// Not in development, where a kept file would hide the change being made.
import { useEffect } from "react";

export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    // A browser that refuses (private mode, a policy) simply has no offline page.
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {});
  }, []);
  return null;
}
