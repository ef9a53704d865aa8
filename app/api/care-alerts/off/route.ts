import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { turnOffCareAlerts } from "@/lib/server/services/care/care-alert-settings";

// POST {}: no device of mine alerts any more.
export const POST = memberJsonRoute(async (_body, actor) => {
  await turnOffCareAlerts(actor);
  return jsonResponse({});
});
