import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { administer } from "@/lib/server/services/admin/administer";

export const POST = memberJsonRoute(async (body, actor) => jsonResponse(await administer(actor, body)));
