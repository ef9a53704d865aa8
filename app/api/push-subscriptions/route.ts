import { jsonResponse, memberJsonRoute, memberRoute } from "@/lib/server/http/json-route";
import { pushPublicKey } from "@/lib/server/push/web-push";
import { hasPushSubscription, savePushSubscription } from "@/lib/server/services/sessions/push-reminders";

// GET: the key a browser subscribes with, and whether this person has said yes anywhere.
export const GET = memberRoute(async (actor) =>
  jsonResponse({ publicKey: pushPublicKey(), subscribed: await hasPushSubscription(actor.userId) }),
);

// POST: this browser's subscription, after its person said yes.
export const POST = memberJsonRoute(async (body, actor) => {
  await savePushSubscription(actor, body);
  return jsonResponse({ subscribed: true }, 201);
});
