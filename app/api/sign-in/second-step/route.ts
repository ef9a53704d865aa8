import { jsonResponse, publicJsonRoute } from "@/lib/server/http/json-route";
import { passSecondStep } from "@/lib/server/services/accounts/pending-sign-in";

/** `{ pendingSignIn, code }` or `{ pendingSignIn, recoveryCode }`: completes a pending sign-in. */
export const POST = publicJsonRoute(async (body, visitor) =>
  jsonResponse(await passSecondStep(visitor, body)),
);
