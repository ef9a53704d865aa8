import { jsonResponse, publicJsonRoute } from "@/lib/server/http/json-route";
import { passkeySignInOptions } from "@/lib/server/services/passkeys/sign-in-with-passkey";

export const POST = publicJsonRoute(async (_body, visitor) =>
  jsonResponse({ options: await passkeySignInOptions(visitor) }),
);
