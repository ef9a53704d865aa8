"use client";
import { useEffect, useRef } from "react";

/** Said once a report is sent; focus moves to it, so a screen reader hears that it went. */
export function ReportThanks() {
  const thanks = useRef<HTMLParagraphElement>(null);
  useEffect(() => thanks.current?.focus(), []);
  return (
    <p ref={thanks} tabIndex={-1} role="status" className="text-sm text-muted">
      Thank you. A moderator will look at this. Nobody else will know you reported it.
    </p>
  );
}
