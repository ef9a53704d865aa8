import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { renamePasskey } from "@/lib/server/services/passkeys/rename-passkey";

export const POST = memberJsonRoute(async (body, actor) =>
  jsonResponse({ passkey: await renamePasskey(actor, body) }),
);
