// The one field where a person types their authenticator app's code: at the second step of
// signing in, when setting the app up, and when turning it off. Only the hint differs.
import { TextField } from "@/components/ui/text-field";

export function AppCodeField({ hint, error }: { hint?: string; error?: string }) {
  return (
    <TextField
      label="Code from your authenticator app"
      hint={hint}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={7}
      error={error}
      required
    />
  );
}
