"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { PasswordField } from "@/components/accounts/password-field";
import { useFormErrors } from "@/components/accounts/use-form-errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { request } from "@/lib/client/request";
import { secondStepPath, signInWithPassword } from "@/lib/client/sign-in";
import { PASSWORD_MIN } from "@/lib/shared/limits";

export function ChangePasswordForm({ pseudonym }: { pseudonym: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(["currentPassword", "newPassword"], formRef);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    setBusy(true);
    setDone(false);
    errors.clear();
    const result = await request("POST", "/api/account/password", { currentPassword, newPassword });
    if (!result.ok) {
      setBusy(false);
      errors.show(result.error);
      return;
    }
    // Every session ended with the change, this one too: sign this browser back in.
    const error = await signInWithPassword(pseudonym, newPassword);
    setBusy(false);
    if (error?.code === "second_step_required") {
      router.push(secondStepPath("/settings"));
      return;
    }
    if (error) {
      router.push("/signin");
      return;
    }
    formElement.reset();
    setDone(true);
    router.refresh();
  }

  return (
    <form ref={formRef} method="post" onSubmit={submit} noValidate className="flex flex-col gap-5">
      <input type="text" name="username" autoComplete="username" value={pseudonym} readOnly hidden />
      <PasswordField
        label="Current password"
        name="currentPassword"
        autoComplete="current-password"
        error={errors.fields.currentPassword}
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
      <p role="status" className="empty:hidden">
        {done ? "Your password is changed. Any other devices were signed out." : ""}
      </p>
      <Button type="submit" disabled={busy}>
        {busy ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
