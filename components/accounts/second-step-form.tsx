"use client";
// The second step at sign-in (decision 0028): a code from the authenticator app, or the recovery
// code, or a passkey (decision 0032: offered first when the account has one). Each proof goes to
// the server with the pending sign-in's token; only then does next-auth open the session.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { RecoveryCodePanel } from "@/components/accounts/recovery-code-panel";
import { SecondStepPasskey } from "@/components/accounts/second-step-passkey";
import { useFormErrors } from "@/components/accounts/use-form-errors";
import { Button } from "@/components/ui/button";
import { FocusHeading } from "@/components/ui/focus-heading";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { secondStepWays, type SecondStepWays } from "@/lib/client/passkeys";
import { request } from "@/lib/client/request";
import { finishPendingSignIn, pendingSignInToken } from "@/lib/client/sign-in";
import type { SecondStepResult } from "@/lib/shared/account-types";
import { AppCodeField } from "@/components/accounts/app-code-field";

const noSubscription = () => () => {};

export function SecondStepForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(["code", "recoveryCode"], formRef);
  const [way, setWay] = useState<"app" | "recovery" | "passkey">("app");
  const [ways, setWays] = useState<SecondStepWays>({ options: null, app: true });
  const [busy, setBusy] = useState(false);
  const [newRecoveryCode, setNewRecoveryCode] = useState<string>();
  const [finishError, setFinishError] = useState<string>();
  // The token lives in this tab only; on the server (and before hydration) it is not known.
  const token = useSyncExternalStore(noSubscription, pendingSignInToken, () => "");
  // Which ways this account has: a passkey comes first when there is one.
  useEffect(() => {
    if (!token) return;
    let current = true;
    void secondStepWays(token).then((found) => {
      if (!current || !found) return;
      setWays(found);
      if (found.options) setWay("passkey");
      else if (!found.app) setWay("recovery");
    });
    return () => {
      current = false;
    };
  }, [token]);
  const signInAgain = (
    <p>
      <Link
        href={returnTo === "/" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(returnTo)}`}
        className="underline"
      >
        Start again with your password
      </Link>
    </p>
  );

  async function finish() {
    const error = await finishPendingSignIn();
    if (error) {
      setFinishError(error.message);
      setBusy(false);
      return;
    }
    router.push(returnTo);
    router.refresh();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const proof =
      way === "app"
        ? { code: String(form.get("code") ?? "") }
        : { recoveryCode: String(form.get("recoveryCode") ?? "") };
    setBusy(true);
    errors.clear();
    const result = await request<SecondStepResult>("POST", "/api/sign-in/second-step", {
      pendingSignIn: token ?? "",
      ...proof,
    });
    if (!result.ok) {
      setBusy(false);
      errors.show(result.error);
      return;
    }
    if (result.data.recoveryCode) {
      setNewRecoveryCode(result.data.recoveryCode);
      setBusy(false);
      return;
    }
    await finish();
  }

  if (newRecoveryCode)
    return (
      <RecoveryCodePanel
        heading="Your recovery code was used: here is a new one"
        headingLevel="h1"
        code={newRecoveryCode}
        onConfirmed={finish}
        error={finishError}
      />
    );

  if (token === null)
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">This sign-in has ended</h1>
        <p>The second step waits a few minutes after your password. Please sign in again.</p>
        {signInAgain}
      </div>
    );

  return (
    <div className="flex flex-col gap-6">
      <FocusHeading className="text-2xl font-semibold">One more step</FocusHeading>
      {way === "passkey" && ways.options && token ? (
        <SecondStepPasskey
          token={token}
          initialOptions={ways.options}
          onPassed={async () => {
            setBusy(true);
            await finish();
          }}
        />
      ) : null}
      {finishError && way === "passkey" ? <FormMessage message={finishError} /> : null}
      <form
        ref={formRef}
        method="post"
        onSubmit={submit}
        noValidate
        hidden={way === "passkey"}
        className="flex flex-col gap-5"
      >
        {way === "app" ? (
          <AppCodeField
            key="code"
            hint="Open the app on your phone and type the 6 digits it shows for Hearth."
            error={errors.fields.code}
          />
        ) : (
          <TextField
            key="recoveryCode"
            label="Recovery code"
            hint="The code you saved when you signed up (or the newest one Hearth gave you). It works once; you will get a new one."
            name="recoveryCode"
            autoComplete="off"
            spellCheck={false}
            error={errors.fields.recoveryCode}
            required
          />
        )}
        <FormMessage message={errors.formMessage ?? finishError} />
        <Button type="submit" disabled={busy || !token}>
          {busy ? "Checking…" : "Continue"}
        </Button>
      </form>
      <section aria-labelledby="other-ways-heading" className="flex flex-col gap-3">
        <h2 id="other-ways-heading" className="text-lg font-semibold">
          Other ways
        </h2>
        {way !== "passkey" && ways.options && (
          <p>
            <Button type="button" variant="quiet" onClick={() => (errors.clear(), setWay("passkey"))}>
              Use a passkey instead
            </Button>
          </p>
        )}
        {way !== "app" && ways.app && (
          <p>
            <Button type="button" variant="quiet" onClick={() => (errors.clear(), setWay("app"))}>
              Use a code from your app instead
            </Button>
          </p>
        )}
        {way !== "recovery" && (
          <p>
            {way === "app" && "No phone with you? "}
            <Button type="button" variant="quiet" onClick={() => (errors.clear(), setWay("recovery"))}>
              Use your recovery code instead
            </Button>
          </p>
        )}
        {signInAgain}
      </section>
    </div>
  );
}
