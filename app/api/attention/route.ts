import { jsonResponse, memberRoute } from "@/lib/server/http/json-route";
import { attentionFor } from "@/lib/server/services/check-ins/attention";

export const GET = memberRoute(async (actor) => jsonResponse(await attentionFor(actor)));
