import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { moderate } from "@/lib/server/services/moderation/moderate";

export const POST = memberJsonRoute(async (body, actor) => jsonResponse(await moderate(actor, body)));
