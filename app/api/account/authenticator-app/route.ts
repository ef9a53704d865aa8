import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { beginAppSetup } from "@/lib/server/services/accounts/authenticator-app-settings";

/** Body `{}`: a new secret for the member's authenticator app, shown once; on after a code confirms it. */
export const POST = memberJsonRoute(async (body, actor) => jsonResponse(await beginAppSetup(actor, body)));
