import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { cancelSession } from "@/lib/server/services/sessions/schedule-session";

export const POST = memberJsonRoute(async (body, actor) => {
  await cancelSession(actor, body);
  return jsonResponse({ cancelled: true });
});
