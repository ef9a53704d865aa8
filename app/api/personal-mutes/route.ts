import { jsonResponse, memberJsonRoute, memberRoute } from "@/lib/server/http/json-route";
import { listPersonalMutes, muteForMe } from "@/lib/server/services/reading/personal-mutes";

export const GET = memberRoute(async (actor) => jsonResponse({ muted: await listPersonalMutes(actor) }));

export const POST = memberJsonRoute(async (body, actor) => {
  await muteForMe(actor, body);
  return jsonResponse({}, 201);
});
