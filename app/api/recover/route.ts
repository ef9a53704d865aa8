import { jsonResponse, publicJsonRoute } from "@/lib/server/http/json-route";
import { recoverAccount } from "@/lib/server/services/accounts/recover-account";

export const POST = publicJsonRoute(async (body, visitor) =>
  jsonResponse(await recoverAccount(visitor, body)),
);
