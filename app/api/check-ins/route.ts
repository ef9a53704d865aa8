import { jsonResponse, memberJsonRoute, memberRoute } from "@/lib/server/http/json-route";
import { listCheckIns } from "@/lib/server/services/check-ins/list-check-ins";
import { openCheckIn } from "@/lib/server/services/check-ins/open-check-in";

export const GET = memberRoute(async (actor) => jsonResponse(await listCheckIns(actor)));

export const POST = memberJsonRoute(async (body, actor) => jsonResponse(await openCheckIn(actor, body), 201));
