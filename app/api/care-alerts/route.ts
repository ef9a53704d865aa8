import { jsonResponse, memberJsonRoute, memberRoute } from "@/lib/server/http/json-route";
import { careAlertSettings, saveCareAlertSettings } from "@/lib/server/services/care/care-alert-settings";

// GET: my care alert settings (moderators). POST: save them; with `subscription`, this device alerts.
export const GET = memberRoute(async (actor) => jsonResponse({ settings: await careAlertSettings(actor) }));

export const POST = memberJsonRoute(async (body, actor) =>
  jsonResponse({ settings: await saveCareAlertSettings(actor, body) }),
);
