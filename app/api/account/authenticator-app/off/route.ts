import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { turnOffApp } from "@/lib/server/services/accounts/authenticator-app-settings";

/** `{ code }` or `{ password }`: turns the app off (never a staff member's last second step). */
export const POST = memberJsonRoute(async (body, actor) => {
  await turnOffApp(actor, body);
  return jsonResponse({});
});
