import { jsonResponse, memberJsonRoute, memberRoute } from "@/lib/server/http/json-route";
import {
  addWatchedWord,
  listWatchedWords,
  removeWatchedWord,
} from "@/lib/server/services/admin/watched-words";

export const GET = memberRoute(async (actor) => jsonResponse(await listWatchedWords(actor)));

export const POST = memberJsonRoute(async (body, actor) =>
  jsonResponse(await addWatchedWord(actor, body), 201),
);

/** Body `{ id, reason }`: the reason is required and logged. */
export const DELETE = memberJsonRoute(async (body, actor) => {
  await removeWatchedWord(actor, body);
  return jsonResponse({});
});
