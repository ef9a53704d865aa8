"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { PasswordField } from "@/components/accounts/password-field";
import { RecoveryCodePanel } from "@/components/accounts/recovery-code-panel";
import { tourOfferKey } from "@/components/tour/tour-offer";
import { useFormErrors } from "@/components/accounts/use-form-errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { request } from "@/lib/client/request";
import { signInWithPassword } from "@/lib/client/sign-in";
import type { PseudonymSuggestion, SignUpResult } from "@/lib/shared/account-types";
import { PASSWORD_MIN, PSEUDONYM_MAX, PSEUDONYM_MIN } from "@/lib/shared/schemas/account";

export function SignUpForm() {
  const router = useRouter();
  const pseudonymInput = useRef<HTMLInputElement>(null);
  // Kept after a successful sign-up to sign the person in once they confirm the recovery code.
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<SignUpResult>();
  const [signInError, setSignInError] = useState<string>();
  const errors = useFormErrors(["pseudonym", "password"]);

  async function suggest() {
    // A suggestion is a convenience: when none comes, the person simply types their own.
    const result = await request<PseudonymSuggestion>("GET", "/api/pseudonym-suggestion");
    const suggestion = result.ok ? result.data?.pseudonym : undefined;
    if (typeof suggestion === "string" && suggestion && pseudonymInput.current) {
      pseudonymInput.current.value = suggestion;
      pseudonymInput.current.focus();
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const pseudonym = String(form.get("pseudonym") ?? "");
    const chosenPassword = String(form.get("password") ?? "");
    setBusy(true);
    errors.clear();
    const result = await request<SignUpResult>("POST", "/api/signup", {
      pseudonym,
      password: chosenPassword,
    });
    setBusy(false);
    if (result.ok) {
      setPassword(chosenPassword);
      setCreated(result.data);
    } else errors.show(result.error);
  }

  async function continueToHearth() {
    if (!created) return;
    const error = await signInWithPassword(created.pseudonym, password);
    if (error) {
      setSignInError(`${error.message} Your account exists: you can sign in from the sign-in page.`);
      return;
    }
    // Wherever they land, a calm offer of the safety tour waits (components/tour/tour-offer.tsx).
    try {
      window.sessionStorage.setItem(tourOfferKey, "1");
    } catch {
      // No storage: the tour is still on /resources.
    }
    router.push("/");
    router.refresh();
  }

  if (created) {
    return (
      <RecoveryCodePanel
        heading={`Welcome, ${created.pseudonym}`}
        code={created.recoveryCode}
        onConfirmed={continueToHearth}
        error={signInError}
      />
    );
  }

  return (
    <form method="post" onSubmit={submit} noValidate className="flex flex-col gap-5">
      <TextField
        label="Pseudonym"
        name="pseudonym"
        autoComplete="username"
        ref={pseudonymInput}
        hint={`The name others will see. ${PSEUDONYM_MIN}–${PSEUDONYM_MAX} letters, digits, spaces, _ or -. Not your real name.`}
        error={errors.fields.pseudonym}
        required
        action={
          <Button type="button" variant="quiet" onClick={suggest} className="shrink-0">
            Suggest one
          </Button>
        }
      />
      <PasswordField
        label="Password"
        name="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words work well.`}
        error={errors.fields.password}
        required
      />
      <FormMessage message={errors.formMessage} />
      <Button type="submit" disabled={busy}>
        {busy ? "Creating your account…" : "Create my account"}
      </Button>
    </form>
  );
}
