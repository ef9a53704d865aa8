"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PasswordField } from "@/components/accounts/password-field";
import { useFormErrors } from "@/components/accounts/use-form-errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { signInWithPassword } from "@/lib/client/sign-in";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [pseudonym, setPseudonym] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(["pseudonym", "password"]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    errors.clear();
    const error = await signInWithPassword(pseudonym, password);
    if (error) {
      setBusy(false);
      errors.show(error);
      return;
    }
    router.push(returnTo);
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <TextField
        label="Pseudonym"
        name="pseudonym"
        autoComplete="username"
        value={pseudonym}
        onChange={(event) => setPseudonym(event.target.value)}
        error={errors.fields.pseudonym}
        required
      />
      <PasswordField
        label="Password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.fields.password}
        required
      />
      <FormMessage message={errors.formMessage} />
      <Button type="submit" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
