import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { requestCheckIn } from "@/lib/server/services/check-ins/request-check-in";

export const POST = memberJsonRoute(async (body, actor) =>
  jsonResponse(await requestCheckIn(actor, body), 201),
);
