import { jsonResponse, memberJsonRoute, memberRoute } from "@/lib/server/http/json-route";
import { readingFiltersOf, setReadingFilters } from "@/lib/server/services/reading/reading-filters";

export const GET = memberRoute(async (actor) => jsonResponse(await readingFiltersOf(actor)));

export const POST = memberJsonRoute(async (body, actor) =>
  jsonResponse(await setReadingFilters(actor, body)),
);
