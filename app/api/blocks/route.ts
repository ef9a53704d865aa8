import { jsonResponse, memberJsonRoute, memberRoute } from "@/lib/server/http/json-route";
import { blockMember } from "@/lib/server/services/blocks/block-member";
import { listBlocks } from "@/lib/server/services/blocks/list-blocks";

export const GET = memberRoute(async (actor) => jsonResponse(await listBlocks(actor)));

export const POST = memberJsonRoute(async (body, actor) => {
  await blockMember(actor, body);
  return jsonResponse({}, 201);
});
