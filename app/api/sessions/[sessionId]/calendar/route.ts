import { env } from "@/lib/env";
import { errorResponse } from "@/lib/server/http/json-route";
import { sessionCalendar } from "@/lib/server/services/sessions/calendar";
import { AppError } from "@/lib/shared/errors";

// GET /api/sessions/{id}/calendar: the session as an .ics file. Sessions are as public as the
// room's description (readable signed out); the file names no person.
export async function GET(request: Request, context: { params: Promise<{ sessionId: string }> }) {
  try {
    const { sessionId } = await context.params;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(sessionId))
      throw new AppError("not_found", "We couldn't find that session.");
    const calendar = await sessionCalendar(sessionId, env().NEXTAUTH_URL ?? "http://localhost:3000");
    return new Response(calendar.body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${calendar.filename}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, request);
  }
}
