import { jsonResponse, memberJsonRoute } from "@/lib/server/http/json-route";
import { deleteMyAccount } from "@/lib/server/services/account-data/delete-my-account";

export const POST = memberJsonRoute(async (body, actor) => {
  await deleteMyAccount(actor, body);
  return jsonResponse({});
});
