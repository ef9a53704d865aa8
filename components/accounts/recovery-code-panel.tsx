"use client";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FocusHeading } from "@/components/ui/focus-heading";
import { FormMessage } from "@/components/ui/form-message";

interface RecoveryCodePanelProps {
  code: string;
  heading: string;
  /** h1 when the panel is the whole page, h2 under the page's own heading. */
  headingLevel?: "h1" | "h2";
  onConfirmed: () => Promise<void>;
  error?: string;
}

/** Shows a one-time recovery code and holds the person here until they say they saved it. */
export function RecoveryCodePanel({
  code,
  heading,
  headingLevel = "h2",
  onConfirmed,
  error,
}: RecoveryCodePanelProps) {
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const codeId = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section aria-labelledby={`${codeId}-heading`} className="flex flex-col gap-5">
      {/* Focus moves here when the code appears, so it is read first. */}
      <FocusHeading as={headingLevel} id={`${codeId}-heading`} className="text-2xl font-semibold">
        {heading}
      </FocusHeading>
      <p>
        Hearth never asks for an e-mail address, so this code is the only way back into your account if you
        forget your password. Please write it down or keep it somewhere safe. We show it only once.
      </p>
      <div className="rounded-2xl border border-line bg-surface p-5">
        <p id={codeId} className="text-sm text-muted">
          Your recovery code
        </p>
        <p
          aria-labelledby={codeId}
          data-testid="recovery-code"
          className="mt-1 font-mono text-xl tracking-wider break-all select-all"
        >
          {code}
        </p>
        <div className="mt-3 flex items-center gap-3">
          <Button type="button" variant="quiet" onClick={copy}>
            Copy code
          </Button>
          <span aria-live="polite" className="text-sm text-muted">
            {copied ? "Copied." : ""}
          </span>
        </div>
      </div>
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          checked={saved}
          onChange={(event) => setSaved(event.target.checked)}
          className="mt-1.5 size-5"
        />
        <span>I have saved my recovery code somewhere safe.</span>
      </label>
      <FormMessage message={error} />
      <Button
        type="button"
        disabled={!saved || busy}
        onClick={async () => {
          setBusy(true);
          await onConfirmed();
          setBusy(false);
        }}
      >
        {busy ? "Signing you in…" : "Continue to Hearth"}
      </Button>
    </section>
  );
}
