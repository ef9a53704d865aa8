"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { nothingChanged, signInWithPasskey } from "@/lib/client/passkeys";

/** Signing in with a passkey alone: the device offers the accounts it holds for Hearth. */
export function PasskeySignIn({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [note, setNote] = useState<string>();

  async function start() {
    setBusy(true);
    setProblem(undefined);
    setNote(undefined);
    const outcome = await signInWithPasskey();
    if (outcome.ok) {
      router.push(returnTo);
      router.refresh();
      return;
    }
    setBusy(false);
    if (outcome.cancelled) setNote(`${nothingChanged} You can try again, or sign in with your password.`);
    else setProblem(outcome.error.message);
  }

  return (
    <div className="flex flex-col gap-3">
      <FormMessage message={problem} />
      <p role="status" className="empty:hidden">
        {note}
      </p>
      <Button type="button" variant="quiet" disabled={busy} onClick={() => void start()}>
        {busy ? "Waiting for your passkey…" : "Use a passkey"}
      </Button>
    </div>
  );
}
