import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { signOutEverywhere } from "@/lib/server/services/accounts/sign-out";

/** Body `{}`: ends every session of the member, this browser's too. */
export const POST = memberJsonRoute(async (body, actor) => {
  await signOutEverywhere(actor, body);
  return jsonResponse({});
});
