"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { PasswordField } from "@/components/accounts/password-field";
import { useFormErrors } from "@/components/accounts/use-form-errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { secondStepPath, signInWithPassword } from "@/lib/client/sign-in";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(["pseudonym", "password"], formRef);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    errors.clear();
    const error = await signInWithPassword(
      String(form.get("pseudonym") ?? ""),
      String(form.get("password") ?? ""),
    );
    if (error?.code === "second_step_required") {
      router.push(secondStepPath(returnTo));
      return;
    }
    if (error) {
      setBusy(false);
      errors.show(error);
      return;
    }
    router.push(returnTo);
    router.refresh();
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
      <PasswordField
        label="Password"
        name="password"
        autoComplete="current-password"
        error={errors.fields.password}
        required
      />
      <FormMessage message={errors.formMessage} reference={errors.formReference} />
      <Button type="submit" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
