import { jsonResponse, memberJsonRoute, memberRoute } from "@/lib/server/http/json-route";
import { fileAppeal } from "@/lib/server/services/appeals/file-appeal";
import { listAppealsToReview } from "@/lib/server/services/appeals/list-appeals";

export const GET = memberRoute(async (actor) => jsonResponse({ appeals: await listAppealsToReview(actor) }));

export const POST = memberJsonRoute(async (body, actor) => jsonResponse(await fileAppeal(actor, body), 201));
