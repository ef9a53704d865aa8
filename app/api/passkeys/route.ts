import { jsonResponse, memberJsonRoute, memberRoute } from "@/lib/server/http/json-route";
import { addPasskey } from "@/lib/server/services/passkeys/add-passkey";
import { listPasskeys } from "@/lib/server/services/passkeys/list-passkeys";

export const GET = memberRoute(async (actor) => jsonResponse({ passkeys: await listPasskeys(actor) }));

export const POST = memberJsonRoute(async (body, actor) =>
  jsonResponse({ passkey: await addPasskey(actor, body) }, 201),
);
