import { answer } from "@/lib/server/realtime/acknowledge";
import type { HearthSocket } from "@/lib/server/realtime/socket-types";
import { createReport } from "@/lib/server/services/moderation/create-report";
import { moderate } from "@/lib/server/services/moderation/moderate";

export function registerModerationHandlers(socket: HearthSocket): void {
  const actor = socket.data.actor;
  answer(socket, "report:create", (input) => createReport(actor, input));
  answer(socket, "mod:action", (input) => moderate(actor, input));
}
