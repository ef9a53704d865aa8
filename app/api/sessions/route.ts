import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { scheduleSession } from "@/lib/server/services/sessions/schedule-session";

// POST /api/sessions: a room's moderator schedules a session (docs/protocol.md, "Sessions").
export const POST = memberJsonRoute(async (body, actor) =>
  jsonResponse(await scheduleSession(actor, body), 201),
);
