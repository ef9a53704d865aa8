import { jsonResponse, memberRoute } from "@/lib/server/http/json-route";
import { listNotices } from "@/lib/server/services/notices/list-notices";

export const GET = memberRoute(async (actor) => jsonResponse({ notices: await listNotices(actor) }));
