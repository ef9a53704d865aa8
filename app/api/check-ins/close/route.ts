import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { closeCheckIn } from "@/lib/server/services/check-ins/close-check-in";

export const POST = memberJsonRoute(async (body, actor) => {
  await closeCheckIn(actor, body);
  return jsonResponse({});
});
