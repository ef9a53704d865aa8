import { jsonResponse, publicJsonRoute } from "@/lib/server/http/json-route";
import { signUp } from "@/lib/server/services/accounts/sign-up";

export const POST = publicJsonRoute(async (body, visitor) => jsonResponse(await signUp(visitor, body), 201));
