"use client";
// The member's authenticator app in /settings: set it up, or turn it off with a code or the
// password. The recovery code works at the second step too, and the page says so.
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useFormErrors } from "@/components/accounts/use-form-errors";
import { PasswordField } from "@/components/accounts/password-field";
import { AppSetup } from "@/components/settings/app-setup";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { request } from "@/lib/client/request";
import { AppCodeField } from "@/components/accounts/app-code-field";

export function AuthenticatorAppSettings({ on }: { on: boolean }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(["code", "password"], formRef);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [withPassword, setWithPassword] = useState(false);

  async function turnOff(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const proof = withPassword
      ? { password: String(form.get("password") ?? "") }
      : { code: String(form.get("code") ?? "") };
    setBusy(true);
    errors.clear();
    const result = await request("POST", "/api/account/authenticator-app/off", proof);
    setBusy(false);
    if (!result.ok) {
      errors.show(result.error);
      return;
    }
    setStatus("The authenticator app is off. Signing in asks for your password only.");
    router.refresh();
  }

  if (!on)
    return (
      <div className="flex flex-col gap-4">
        <p role="status">{status}</p>
        <AppSetup
          startLabel="Set up an authenticator app"
          onDone={() => {
            setStatus("The authenticator app is on. Next time you sign in, Hearth asks for a code from it.");
            router.refresh();
          }}
        />
      </div>
    );

  return (
    <div className="flex flex-col gap-4">
      <p role="status">{status ?? "On: after your password, signing in asks for a code from your app."}</p>
      <p className="text-muted">
        Without your phone, your recovery code works in place of a code (once; you then get a new one).
      </p>
      <form ref={formRef} method="post" onSubmit={turnOff} noValidate className="flex flex-col gap-4">
        <h3 className="font-semibold">Turn it off</h3>
        {withPassword ? (
          <PasswordField
            key="password"
            label="Password"
            name="password"
            autoComplete="current-password"
            error={errors.fields.password}
            required
          />
        ) : (
          <AppCodeField key="code" error={errors.fields.code} />
        )}
        <p>
          <Button
            type="button"
            variant="quiet"
            onClick={() => (errors.clear(), setWithPassword(!withPassword))}
          >
            {withPassword ? "Use a code from the app instead" : "Lost the app? Use your password instead"}
          </Button>
        </p>
        <FormMessage message={errors.formMessage} />
        <Button type="submit" variant="quiet" disabled={busy}>
          {busy ? "Turning off…" : "Turn off the authenticator app"}
        </Button>
      </form>
    </div>
  );
}
