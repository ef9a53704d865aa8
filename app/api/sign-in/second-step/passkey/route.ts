import { jsonResponse, publicJsonRoute } from "@/lib/server/http/json-route";
import { passPasskeySecondStep } from "@/lib/server/services/passkeys/passkey-second-step";

/** `{ pendingSignIn, credential }`: a passkey's answer completes a pending sign-in. */
export const POST = publicJsonRoute(async (body, visitor) => {
  await passPasskeySecondStep(visitor, body);
  return jsonResponse({});
});
