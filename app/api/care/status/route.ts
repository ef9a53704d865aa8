import { jsonResponse, memberRoute } from "@/lib/server/http/json-route";
import { careStatusFor } from "@/lib/server/services/care/care-status";

// GET ?roomId= (the care card) or ?checkInId= (the check-in page): where my request for care stands.
export const GET = memberRoute(async (actor, request) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return jsonResponse({ status: await careStatusFor(actor, query) });
});
