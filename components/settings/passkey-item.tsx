"use client";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { request } from "@/lib/client/request";
import type { PasskeySummary } from "@/lib/shared/passkey-types";
import { PASSKEY_NAME_MAX } from "@/lib/shared/limits";

const day = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { day: "numeric", month: "long", year: "numeric" });

type Mode = "showing" | "renaming" | "confirming removal";

/** One passkey: its name and dates; renaming it in place; removing it after a plain question. */
export function PasskeyItem({
  passkey,
  onRenamed,
  onRemoved,
}: {
  passkey: PasskeySummary;
  onRenamed: (passkey: PasskeySummary) => void;
  onRemoved: () => void;
}) {
  const [mode, setMode] = useState<Mode>("showing");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [fieldProblem, setFieldProblem] = useState<string>();

  function switchTo(next: Mode) {
    setProblem(undefined);
    setFieldProblem(undefined);
    setMode(next);
  }

  async function rename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setBusy(true);
    const result = await request<{ passkey: PasskeySummary }>("POST", "/api/passkeys/rename", {
      passkeyId: passkey.id,
      name,
    });
    setBusy(false);
    if (result.ok) {
      switchTo("showing");
      onRenamed(result.data.passkey);
    } else if (result.error.fields?.name) setFieldProblem(result.error.fields.name);
    else setProblem(result.error.message);
  }

  async function remove() {
    setBusy(true);
    const result = await request("POST", "/api/passkeys/remove", { passkeyId: passkey.id });
    setBusy(false);
    if (result.ok) onRemoved();
    else setProblem(result.error.message);
  }

  return (
    <li className="flex flex-col gap-3 rounded-xl border border-line bg-surface px-4 py-3">
      <div className="flex flex-col">
        <span className="font-medium">{passkey.name}</span>
        <span className="text-sm text-muted">
          Added {day(passkey.createdAt)} ·{" "}
          {passkey.lastUsedAt ? `last used ${day(passkey.lastUsedAt)}` : "not used yet"}
        </span>
      </div>
      {mode === "showing" && (
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="quiet" onClick={() => switchTo("renaming")}>
            Rename <span className="sr-only">{passkey.name}</span>
          </Button>
          <Button type="button" variant="quiet" onClick={() => switchTo("confirming removal")}>
            Remove <span className="sr-only">{passkey.name}</span>
          </Button>
        </div>
      )}
      {mode === "renaming" && (
        <form onSubmit={rename} noValidate className="flex flex-col gap-2">
          <TextField
            label={`New name for “${passkey.name}”`}
            name="name"
            defaultValue={passkey.name}
            maxLength={PASSKEY_NAME_MAX}
            autoComplete="off"
            error={fieldProblem}
            autoFocus
            required
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={busy}>
              {busy ? "Saving…" : "Save name"}
            </Button>
            <Button type="button" variant="quiet" onClick={() => switchTo("showing")}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {mode === "confirming removal" && (
        <div role="group" aria-label={`Remove “${passkey.name}”?`} className="flex flex-col gap-2">
          <p>
            Remove “{passkey.name}”? You won&apos;t be able to sign in with it any more. Your device may still
            list it; you can delete it there too.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" disabled={busy} onClick={() => void remove()}>
              {busy ? "Removing…" : `Yes, remove “${passkey.name}”`}
            </Button>
            <Button type="button" variant="quiet" onClick={() => switchTo("showing")}>
              Keep it
            </Button>
          </div>
        </div>
      )}
      {problem && (
        <p
          role="alert"
          className="rounded-xl border border-caution/40 bg-caution-soft px-4 py-3 text-caution"
        >
          {problem}
        </p>
      )}
    </li>
  );
}
