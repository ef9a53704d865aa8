import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { noteCareWriting } from "@/lib/server/services/care/care-looks";

// POST { roomId, memberId }: a moderator is writing to this member (the member is told).
export const POST = memberJsonRoute(async (body, actor) => {
  await noteCareWriting(actor, body);
  return jsonResponse({});
});
