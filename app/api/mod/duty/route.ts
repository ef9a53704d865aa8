import { jsonResponse, memberJsonRoute, memberRoute } from "@/lib/server/http/json-route";
import { dutyRoster, myShift, setDuty } from "@/lib/server/services/duty/on-duty";

export const GET = memberRoute(async (actor) =>
  jsonResponse({ shift: await myShift(actor), covering: await dutyRoster(actor) }),
);

export const POST = memberJsonRoute(async (body, actor) =>
  jsonResponse({ shift: await setDuty(actor, body) }),
);
