"use client";
// A heading that takes focus when it appears, so a screen reader starts reading the new content
// and a keyboard continues from there instead of from the top of the page (or from <body>).
import { useEffect, useRef, type ComponentProps } from "react";

type Level = "h1" | "h2" | "h3";

export function FocusHeading({ as: Tag = "h1", ...props }: ComponentProps<"h1"> & { as?: Level }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return <Tag ref={ref} tabIndex={-1} {...props} />;
}
