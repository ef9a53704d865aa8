import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { createReport } from "@/lib/server/services/moderation/create-report";

export const POST = memberJsonRoute(async (body, actor) =>
  jsonResponse(await createReport(actor, body), 201),
);
