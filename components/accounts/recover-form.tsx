"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { PasswordField } from "@/components/accounts/password-field";
import { RecoveryCodePanel } from "@/components/accounts/recovery-code-panel";
import { useFormErrors } from "@/components/accounts/use-form-errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { request } from "@/lib/client/request";
import { secondStepPath, signInWithPassword } from "@/lib/client/sign-in";
import type { RecoverAccountResult } from "@/lib/shared/account-types";
import { PASSWORD_MIN } from "@/lib/shared/limits";
import { errorWords } from "@/lib/client/error-words";

export function RecoverForm() {
  const router = useRouter();
  // Kept after recovery to sign the person in once they confirm the new code.
  const [newPassword, setNewPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [recovered, setRecovered] = useState<RecoverAccountResult>();
  const [signInError, setSignInError] = useState<string>();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(["pseudonym", "recoveryCode", "newPassword"], formRef);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosenPassword = String(form.get("newPassword") ?? "");
    setBusy(true);
    errors.clear();
    const result = await request<RecoverAccountResult>("POST", "/api/recover", {
      pseudonym: String(form.get("pseudonym") ?? ""),
      recoveryCode: String(form.get("recoveryCode") ?? ""),
      newPassword: chosenPassword,
    });
    setBusy(false);
    if (result.ok) {
      setNewPassword(chosenPassword);
      setRecovered(result.data);
    } else errors.show(result.error);
  }

  async function continueToHearth() {
    if (!recovered) return;
    const error = await signInWithPassword(recovered.pseudonym, newPassword);
    if (error?.code === "second_step_required") {
      router.push(secondStepPath("/"));
      return;
    }
    if (error) {
      setSignInError(`${errorWords(error)} Your new password is set: you can sign in from the sign-in page.`);
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
    <form ref={formRef} method="post" onSubmit={submit} noValidate className="flex flex-col gap-5">
      <TextField
        label="Pseudonym"
        name="pseudonym"
        autoComplete="username"
        error={errors.fields.pseudonym}
        required
      />
      <TextField
        label="Recovery code"
        name="recoveryCode"
        autoComplete="off"
        spellCheck={false}
        hint="The code you saved when you signed up, like ABCDE-FGHJK-MNPQR-STVWX."
        error={errors.fields.recoveryCode}
        required
      />
      <PasswordField
        label="New password"
        name="newPassword"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={errors.fields.newPassword}
        required
      />
      <FormMessage message={errors.formMessage} reference={errors.formReference} />
      <Button type="submit" disabled={busy}>
        {busy ? "Checking…" : "Set my new password"}
      </Button>
    </form>
  );
}
