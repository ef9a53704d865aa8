import { currentMember } from "@/lib/server/auth/current-member";
import { errorResponse, jsonResponse } from "@/lib/server/http/json-route";
import { listRooms } from "@/lib/server/services/rooms/list-rooms";

export async function GET(request: Request): Promise<Response> {
  try {
    return jsonResponse(await listRooms(await currentMember()));
  } catch (error) {
    return errorResponse(error, request);
  }
}
