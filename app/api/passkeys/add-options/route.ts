import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { passkeyAddOptions } from "@/lib/server/services/passkeys/add-passkey";

export const POST = memberJsonRoute(async (_body, actor) =>
  jsonResponse({ options: await passkeyAddOptions(actor) }),
);
