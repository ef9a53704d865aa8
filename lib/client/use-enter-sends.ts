"use client";
// Whether Enter sends a message. On touch screens (a coarse pointer) Enter starts a new line,
// because phone keyboards have no Shift+Enter; elsewhere Enter sends. The person's own choice,
// once made, is kept in this browser.
import { useEffect, useState } from "react";

const key = "hearth:enter-sends";

export function useEnterSends(): [boolean, (value: boolean) => void] {
  const [enterSends, setEnterSends] = useState(true);
  useEffect(() => {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(key);
    } catch {
      // storage unavailable: the device decides
    }
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEnterSends(stored ? stored === "yes" : !window.matchMedia("(pointer: coarse)").matches);
  }, []);
  return [
    enterSends,
    (value: boolean) => {
      setEnterSends(value);
      try {
        localStorage.setItem(key, value ? "yes" : "no");
      } catch {
        // kept for this page only
      }
    },
  ];
}
