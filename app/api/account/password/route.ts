import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { changePassword } from "@/lib/server/services/accounts/change-password";

export const POST = memberJsonRoute(async (body, actor) => {
  await changePassword(actor, body);
  return jsonResponse({});
});
