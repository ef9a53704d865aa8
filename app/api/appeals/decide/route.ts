import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { decideAppeal } from "@/lib/server/services/appeals/decide-appeal";

export const POST = memberJsonRoute(async (body, actor) => {
  await decideAppeal(actor, body);
  return jsonResponse({});
});
