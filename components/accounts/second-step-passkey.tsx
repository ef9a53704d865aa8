"use client";
// The second step with a passkey (decision 0032): one button; the device asks for its own lock.
// A closed prompt changes nothing and says so; a new challenge is fetched for the next try.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { nothingChanged, passSecondStepWithPasskey, secondStepWays } from "@/lib/client/passkeys";
import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";

export function SecondStepPasskey({
  token,
  initialOptions,
  onPassed,
}: {
  token: string;
  initialOptions: PublicKeyCredentialRequestOptionsJSON;
  onPassed: () => Promise<void>;
}) {
  const [options, setOptions] = useState(initialOptions);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [note, setNote] = useState<string>();

  async function start() {
    setBusy(true);
    setProblem(undefined);
    setNote(undefined);
    const outcome = await passSecondStepWithPasskey(token, options);
    if (outcome.ok) {
      await onPassed();
      return;
    }
    // Each challenge works once: the next try needs a fresh one.
    const fresh = await secondStepWays(token);
    if (fresh?.options) setOptions(fresh.options);
    setBusy(false);
    if (outcome.cancelled) setNote(`${nothingChanged} You can try again, or use another way below.`);
    else setProblem(outcome.error.message);
  }

  return (
    <div className="flex flex-col gap-4">
      <p>
        Use the passkey you added to Hearth: your device will ask for its lock (your face, a fingerprint or
        its PIN).
      </p>
      <FormMessage message={problem} />
      <p role="status" className="empty:hidden">
        {note}
      </p>
      <Button type="button" disabled={busy} onClick={() => void start()}>
        {busy ? "Waiting for your passkey…" : "Use your passkey"}
      </Button>
    </div>
  );
}
