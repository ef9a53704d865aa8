import type { HandlerTable } from "@/lib/server/realtime/acknowledge";
import { createReport } from "@/lib/server/services/moderation/create-report";
import { moderate } from "@/lib/server/services/moderation/moderate";

export const moderationHandlers: HandlerTable = {
  "report:create": (socket, input) => createReport(socket.data.actor, input),
  "mod:action": (socket, input) => moderate(socket.data.actor, input),
};
