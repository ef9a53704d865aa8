import { jsonResponse, memberRoute } from "@/lib/server/http/json-route";
import { readCheckIn } from "@/lib/server/services/check-ins/list-check-ins";

export const GET = memberRoute(async (actor, _request, context: { params: Promise<{ checkInId: string }> }) =>
  jsonResponse({ checkIn: await readCheckIn(actor, { checkInId: (await context.params).checkInId }) }),
);
