import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { setFollowing } from "@/lib/server/services/sessions/follow-sessions";

export const POST = memberJsonRoute(async (body, actor) => jsonResponse(await setFollowing(actor, body)));
