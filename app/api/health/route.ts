import { jsonResponse } from "@/lib/server/http/json-route";
import { checkHealth } from "@/lib/server/services/check-health";

export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return jsonResponse(health, health.status === "ok" ? 200 : 503);
}
