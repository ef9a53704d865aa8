import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { handOverItem } from "@/lib/server/services/moderation/hand-over";

export const POST = memberJsonRoute(async (body, actor) => {
  await handOverItem(actor, body);
  return jsonResponse({});
});
