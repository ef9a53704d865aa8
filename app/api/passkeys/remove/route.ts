import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { removePasskey } from "@/lib/server/services/passkeys/remove-passkey";

export const POST = memberJsonRoute(async (body, actor) => {
  await removePasskey(actor, body);
  return jsonResponse({});
});
