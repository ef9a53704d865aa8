import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { markNoticesRead } from "@/lib/server/services/notices/list-notices";

export const POST = memberJsonRoute(async (_body, actor) => {
  await markNoticesRead(actor);
  return jsonResponse({});
});
