import { jsonResponse, memberRoute } from "@/lib/server/http/json-route";
import { unblockMember } from "@/lib/server/services/blocks/unblock-member";

export const DELETE = memberRoute(
  async (actor, _request, context: { params: Promise<{ userId: string }> }) => {
    await unblockMember(actor, { userId: (await context.params).userId });
    return jsonResponse({});
  },
);
