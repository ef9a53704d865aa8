import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { confirmAppSetup } from "@/lib/server/services/accounts/authenticator-app-settings";

/** `{ code }`: turns the app on; this session counts as one with a second step. */
export const POST = memberJsonRoute(async (body, actor) => {
  await confirmAppSetup(actor, body);
  return jsonResponse({});
});
