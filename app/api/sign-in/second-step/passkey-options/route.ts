import { jsonResponse, publicJsonRoute } from "@/lib/server/http/json-route";
import { passkeySecondStepOptions } from "@/lib/server/services/passkeys/passkey-second-step";

/** `{ pendingSignIn }`: whether the account has passkeys (a challenge for them) and an app. */
export const POST = publicJsonRoute(async (body, visitor) =>
  jsonResponse(await passkeySecondStepOptions(visitor, body)),
);
