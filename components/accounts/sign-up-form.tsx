"use client";
import Link from "next/link";
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
import { PASSWORD_MIN, PSEUDONYM_MAX, PSEUDONYM_MIN } from "@/lib/shared/limits";
import { errorWords } from "@/lib/client/error-words";

interface SignUpFormProps {
  /** A pseudonym nobody uses yet, already in the field; the person may keep or change it. */
  suggestion: string;
  /** A same-site path to continue to once the account exists (the room they came for, or the directory). */
  next: string;
}

const withWelcome = (path: string) => `${path}${path.includes("?") ? "&" : "?"}welcome=1`;

/** Sign-up, then the recovery code, then on to where the person was going, greeted as someone new. */
export function SignUpForm({ suggestion, next }: SignUpFormProps) {
  const router = useRouter();
  const [pseudonym, setPseudonym] = useState(suggestion);
  // Kept after a successful sign-up to sign the person in once they confirm the recovery code.
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<SignUpResult>();
  const [signInError, setSignInError] = useState<string>();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(["pseudonym", "password"], formRef);

  async function suggest() {
    // A suggestion is a convenience: when none comes, the person simply types their own.
    const asked = pseudonym;
    const result = await request<PseudonymSuggestion>("GET", "/api/pseudonym-suggestion");
    const suggested = result.ok ? result.data?.pseudonym : undefined;
    // Never over what the person typed while the suggestion was on its way.
    if (typeof suggested === "string" && suggested)
      setPseudonym((current) => (current === asked ? suggested : current));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosenPassword = String(form.get("password") ?? "");
    setBusy(true);
    errors.clear();
    const result = await request<SignUpResult>("POST", "/api/signup", {
      pseudonym: String(form.get("pseudonym") ?? ""),
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
      setSignInError(`${errorWords(error)} Your account exists: you can sign in from the sign-in page.`);
      return;
    }
    // Wherever they land, a calm offer of the safety tour waits (components/tour/tour-offer.tsx).
    try {
      window.sessionStorage.setItem(tourOfferKey, "1");
    } catch {
      // No storage: the tour is still on /resources.
    }
    router.push(withWelcome(next));
    router.refresh();
  }

  if (created) {
    return (
      <div className="mx-auto flex max-w-md flex-col gap-6">
        <RecoveryCodePanel
          heading={`Welcome, ${created.pseudonym}`}
          headingLevel="h1"
          code={created.recoveryCode}
          onConfirmed={continueToHearth}
          error={signInError}
        />
      </div>
    );
  }

  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Join Hearth</h1>
        <p className="text-muted">
          We have picked a name for you to be known by here; keep it or choose your own. Then a password. That
          is all we ask.
        </p>
      </div>
      <form ref={formRef} method="post" onSubmit={submit} noValidate className="flex flex-col gap-5">
        <TextField
          label="Pseudonym"
          name="pseudonym"
          autoComplete="username"
          value={pseudonym}
          onChange={(event) => setPseudonym(event.target.value)}
          hint={`The name others will see. ${PSEUDONYM_MIN}–${PSEUDONYM_MAX} letters, digits, spaces, _ or -. Not your real name.`}
          error={errors.fields.pseudonym}
          required
          action={
            <Button type="button" variant="quiet" onClick={suggest} className="shrink-0">
              Another
              <span className="sr-only"> suggestion</span>
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
        <FormMessage message={errors.formMessage} reference={errors.formReference} />
        <Button type="submit" disabled={busy}>
          {busy ? "Creating your account…" : "Create my account"}
        </Button>
      </form>
      <p className="text-muted">
        Already have an account?{" "}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(next)}`} className="underline">
          Sign in
        </Link>
        .
      </p>
    </div>
  );
}
