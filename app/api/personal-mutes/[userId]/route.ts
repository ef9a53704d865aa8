import { jsonResponse, memberRoute } from "@/lib/server/http/json-route";
import { unmuteForMe } from "@/lib/server/services/reading/personal-mutes";

export const DELETE = memberRoute(
  async (actor, _request, context: { params: Promise<{ userId: string }> }) => {
    await unmuteForMe(actor, { userId: (await context.params).userId });
    return jsonResponse({});
  },
);
