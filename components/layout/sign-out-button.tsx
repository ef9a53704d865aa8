"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await signOut({ callbackUrl: "/" });
      }}
      className="min-h-11 rounded-xl px-3 hover:bg-accent-soft"
    >
      {busy ? "Signing out…" : "Sign out"}
    </button>
  );
}
