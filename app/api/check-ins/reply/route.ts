import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { replyToCheckIn } from "@/lib/server/services/check-ins/reply-to-check-in";

export const POST = memberJsonRoute(async (body, actor) =>
  jsonResponse(await replyToCheckIn(actor, body), 201),
);
