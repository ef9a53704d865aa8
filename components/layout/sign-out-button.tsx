"use client";
import { useState } from "react";
import { signOutOfHearth } from "@/lib/client/sign-out";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        setFailed(false);
        const done = await signOutOfHearth();
        // A full page load: nothing of the ended session stays in memory.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        if (done) window.location.assign("/");
        else {
          setBusy(false);
          setFailed(true);
        }
      }}
      className="min-h-11 rounded-xl px-3 hover:bg-accent-soft"
    >
      {busy ? "Signing out…" : failed ? "Sign out (try again)" : "Sign out"}
    </button>
  );
}
