import { errorResponse, jsonResponse } from "@/lib/server/http/json-route";
import { suggestPseudonym } from "@/lib/server/services/accounts/suggest-pseudonym";

export async function GET(request: Request): Promise<Response> {
  try {
    return jsonResponse(await suggestPseudonym());
  } catch (error) {
    return errorResponse(error, request);
  }
}
