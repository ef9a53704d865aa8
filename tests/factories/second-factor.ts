// Second steps through the same doors people use (decision 0028): turning the authenticator app
// on in a signed-in session, codes computed here with otpauth, and signing in with password then
// code.
import { Secret, TOTP } from "otpauth";
import { postJson, signIn, signInWithCredentials } from "@/tests/factories/accounts";

/** The app's code for the step `stepsAhead` steps from now (each step's code works once). */
export function appCode(secret: string, stepsAhead = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });
}

/**
 * Turns the authenticator app on for the session of `cookie` (which then counts as one with a
 * second step); returns the secret. The confirming code spends this step: the next code to use
 * is `appCode(secret, 1)`.
 */
export async function turnOnApp(appUrl: string, cookie: string): Promise<string> {
  const begun = await postJson(`${appUrl}/api/account/authenticator-app`, {}, { cookie });
  if (begun.status !== 200) throw new Error(`setting up the app failed: ${JSON.stringify(begun.body)}`);
  const secret = String(begun.body.secret).replace(/\s/g, "");
  const confirmed = await postJson(
    `${appUrl}/api/account/authenticator-app/confirm`,
    { code: appCode(secret) },
    { cookie },
  );
  if (confirmed.status !== 200)
    throw new Error(`confirming the app failed: ${JSON.stringify(confirmed.body)}`);
  return secret;
}

/** The password step: for an account with a second step, the pending sign-in's token and no cookie. */
export async function passwordStep(
  appUrl: string,
  pseudonym: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ cookie?: string; pendingSignIn?: string; error?: { code: string; message: string } }> {
  const outcome = await signIn(appUrl, pseudonym, password, headers);
  if (outcome.cookie) return { cookie: outcome.cookie };
  const error = JSON.parse(outcome.error ?? "{}") as {
    code: string;
    message: string;
    pendingSignIn?: string;
  };
  return { pendingSignIn: error.pendingSignIn, error };
}

/** Opens the session of a pending sign-in that passed its second step (next-auth's credentials). */
export async function redeemSignIn(
  appUrl: string,
  pendingSignIn: string,
): Promise<{ cookie?: string; error?: string }> {
  return signInWithCredentials(appUrl, { pendingSignIn });
}

/** Password, then the app's code, then the session: the whole sign-in of an account with the app. */
export async function signInWithApp(
  appUrl: string,
  person: { pseudonym: string; password: string },
  code: string,
): Promise<string> {
  const { pendingSignIn } = await passwordStep(appUrl, person.pseudonym, person.password);
  if (!pendingSignIn) throw new Error("no second step was asked for");
  const passed = await postJson(`${appUrl}/api/sign-in/second-step`, { pendingSignIn, code });
  if (passed.status !== 200) throw new Error(`the second step failed: ${JSON.stringify(passed.body)}`);
  const { cookie } = await redeemSignIn(appUrl, pendingSignIn);
  if (!cookie) throw new Error("no session after the second step");
  return cookie;
}
