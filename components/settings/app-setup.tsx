"use client";
// Setting up an authenticator app: a new secret as a QR code (drawn on the server) and as text,
// then one code from the app to confirm it. Used in /settings and on the staff gate's page.
import { useRef, useState, type FormEvent } from "react";
import { useFormErrors } from "@/components/accounts/use-form-errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { request } from "@/lib/client/request";
import type { AppSetup as AppSetupData } from "@/lib/shared/account-types";
import { AppCodeField } from "@/components/accounts/app-code-field";

export function AppSetup({ onDone, startLabel }: { onDone: () => void; startLabel: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(["code"], formRef);
  const [setup, setSetup] = useState<AppSetupData>();
  const [busy, setBusy] = useState(false);

  async function begin() {
    setBusy(true);
    errors.clear();
    const result = await request<AppSetupData>("POST", "/api/account/authenticator-app", {});
    setBusy(false);
    if (result.ok) setSetup(result.data);
    else errors.show(result.error);
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    setBusy(true);
    errors.clear();
    const result = await request("POST", "/api/account/authenticator-app/confirm", { code });
    setBusy(false);
    if (result.ok) onDone();
    else errors.show(result.error);
  }

  if (!setup)
    return (
      <form
        ref={formRef}
        onSubmit={(event) => (event.preventDefault(), void begin())}
        className="flex flex-col gap-3"
      >
        <FormMessage message={errors.formMessage} />
        <Button type="submit" disabled={busy}>
          {busy ? "Preparing…" : startLabel}
        </Button>
      </form>
    );

  return (
    <div className="flex flex-col gap-4">
      <ol className="flex list-decimal flex-col gap-3 pl-5">
        <li>
          Open an authenticator app on your phone (any will do: Google Authenticator, Microsoft Authenticator,
          Aegis, 2FAS, a password manager…) and add an account by scanning this code.
        </li>
      </ol>
      {/* A data URL made on the server: no outside service sees the secret. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={setup.qrCode}
        alt="QR code to scan with your authenticator app"
        width={200}
        height={200}
        className="rounded-xl bg-white p-2"
      />
      <div className="flex flex-col gap-1">
        <p className="text-sm text-muted" id="app-secret-label">
          Can&apos;t scan it? Type this key into the app instead:
        </p>
        <p
          aria-labelledby="app-secret-label"
          data-testid="app-secret"
          className="font-mono text-lg tracking-wider break-all select-all"
        >
          {setup.secret}
        </p>
      </div>
      <form ref={formRef} method="post" onSubmit={confirm} noValidate className="flex flex-col gap-4">
        <AppCodeField
          hint="Type the 6 digits the app now shows for Hearth, to check it is set up."
          error={errors.fields.code}
        />
        <FormMessage message={errors.formMessage} />
        <Button type="submit" disabled={busy}>
          {busy ? "Checking…" : "Turn on"}
        </Button>
      </form>
    </div>
  );
}
