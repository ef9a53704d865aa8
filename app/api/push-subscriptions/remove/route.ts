import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { removePushSubscription } from "@/lib/server/services/sessions/push-reminders";

// POST { endpoint }: forget this browser ("" forgets every browser of this person).
export const POST = memberJsonRoute(async (body, actor) => {
  await removePushSubscription(actor, body);
  return jsonResponse({ subscribed: false });
});
