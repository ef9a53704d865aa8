import { acknowledged } from "@/lib/server/realtime/acknowledge";
import type { HearthSocket } from "@/lib/server/realtime/socket-types";
import { createReport } from "@/lib/server/services/moderation/create-report";
import { moderate } from "@/lib/server/services/moderation/moderate";

export function registerModerationHandlers(socket: HearthSocket): void {
  const actor = socket.data.actor;
  socket.on(
    "report:create",
    acknowledged((input) => createReport(actor, input)),
  );
  socket.on(
    "mod:action",
    acknowledged((input) => moderate(actor, input)),
  );
}
