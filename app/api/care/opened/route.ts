import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { markCareItemOpened } from "@/lib/server/services/care/care-looks";

// POST { itemId }: a moderator opened a care item (the first one stops its escalation).
export const POST = memberJsonRoute(async (body, actor) =>
  jsonResponse(await markCareItemOpened(actor, body)),
);
