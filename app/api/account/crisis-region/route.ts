import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { setCrisisRegion } from "@/lib/server/services/accounts/crisis-region";

export const POST = memberJsonRoute(async (body, actor) => jsonResponse(await setCrisisRegion(actor, body)));
