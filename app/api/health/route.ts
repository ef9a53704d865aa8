import { jsonResponse } from "@/lib/server/http/json-route";
import { checkHealth } from "@/lib/server/services/check-health";

/** 200 while Hearth can serve (Redis away is "degraded": each process carries on alone); 503 without the database. */
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return jsonResponse(health, health.status === "unavailable" ? 503 : 200);
}
