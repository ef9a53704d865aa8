"use client";
import { useRef, useState, type FormEvent } from "react";
import { useFormErrors } from "@/components/accounts/use-form-errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { addPasskeyFromThisDevice, nothingChanged } from "@/lib/client/passkeys";
import type { PasskeySummary } from "@/lib/shared/passkey-types";
import { PASSKEY_NAME_MAX } from "@/lib/shared/limits";

/** Names a new passkey, then lets this device (or a phone nearby) make it. */
export function AddPasskeyForm({ onAdded }: { onAdded: (passkey: PasskeySummary) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(["name"], formRef);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    errors.clear();
    setNote(undefined);
    if (!name) {
      errors.show({
        code: "invalid_input",
        message: "Please give this passkey a name.",
        fields: { name: "Please give this passkey a name, like “Phone” or “Laptop”." },
      });
      return;
    }
    setBusy(true);
    const outcome = await addPasskeyFromThisDevice<PasskeySummary>(name);
    setBusy(false);
    if (outcome.ok) {
      form.reset();
      onAdded(outcome.data);
    } else if (outcome.cancelled) setNote(nothingChanged);
    else errors.show(outcome.error);
  }

  return (
    <form
      ref={formRef}
      method="post"
      onSubmit={submit}
      noValidate
      aria-labelledby="add-passkey-heading"
      className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4"
    >
      <h3 id="add-passkey-heading" className="font-semibold">
        Add a passkey
      </h3>
      <TextField
        label="Name for the new passkey"
        name="name"
        hint="So you can tell your passkeys apart, like “Phone” or “Work laptop”."
        maxLength={PASSKEY_NAME_MAX}
        autoComplete="off"
        error={errors.fields.name}
        required
      />
      <FormMessage message={errors.formMessage} />
      <p role="status" className="empty:hidden">
        {note}
      </p>
      <Button type="submit" disabled={busy} className="self-start">
        {busy ? "Waiting for your device…" : "Add a passkey"}
      </Button>
    </form>
  );
}
