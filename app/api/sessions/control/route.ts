import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { controlSession } from "@/lib/server/services/sessions/run-session";

// POST /api/sessions/control: begin, pause, resume, give or open the floor, slow mode, phases, end.
export const POST = memberJsonRoute(async (body, actor) => {
  await controlSession(actor, body);
  return jsonResponse({ ok: true });
});
