"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PasswordField } from "@/components/accounts/password-field";
import { RecoveryCodePanel } from "@/components/accounts/recovery-code-panel";
import { useFormErrors } from "@/components/accounts/use-form-errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { postJson } from "@/lib/client/post-json";
import { signInWithPassword } from "@/lib/client/sign-in";
import { PASSWORD_MIN } from "@/lib/shared/schemas/account";

interface RecoverResult {
  pseudonym: string;
  recoveryCode: string;
}

export function RecoverForm() {
  const router = useRouter();
  const [pseudonym, setPseudonym] = useState("");
  const [recoveryCode, setRecoveryCode] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [recovered, setRecovered] = useState<RecoverResult>();
  const [signInError, setSignInError] = useState<string>();
  const errors = useFormErrors(["pseudonym", "recoveryCode", "newPassword"]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    errors.clear();
    const result = await postJson<RecoverResult>("/api/recover", { pseudonym, recoveryCode, newPassword });
    setBusy(false);
    if (result.ok) setRecovered(result.data);
    else errors.show(result.error);
  }

  async function continueToHearth() {
    if (!recovered) return;
    const error = await signInWithPassword(recovered.pseudonym, newPassword);
    if (error) {
      setSignInError(`${error.message} Your new password is set: you can sign in from the sign-in page.`);
      return;
    }
    router.push("/");
    router.refresh();
  }

  if (recovered) {
    return (
      <RecoveryCodePanel
        heading="Your password is changed"
        code={recovered.recoveryCode}
        onConfirmed={continueToHearth}
        error={signInError}
      />
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <TextField label="Pseudonym" name="pseudonym" autoComplete="username" value={pseudonym}
        onChange={(event) => setPseudonym(event.target.value)} error={errors.fields.pseudonym} required />
      <TextField label="Recovery code" name="recoveryCode" autoComplete="off" spellCheck={false} value={recoveryCode}
        onChange={(event) => setRecoveryCode(event.target.value)} hint="The code you saved when you signed up, like ABCDE-FGHJK-MNPQR-STVWX."
        error={errors.fields.recoveryCode} required />
      <PasswordField label="New password" name="newPassword" autoComplete="new-password" value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)} hint={`At least ${PASSWORD_MIN} characters.`}
        error={errors.fields.newPassword} required />
      <FormMessage message={errors.formMessage} />
      <Button type="submit" disabled={busy}>
        {busy ? "Checking…" : "Set my new password"}
      </Button>
    </form>
  );
}
