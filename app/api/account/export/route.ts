import { memberRoute } from "@/lib/server/http/json-route";
import { exportMyData, myDataAsText } from "@/lib/server/services/account-data/export-my-data";

// GET /api/account/export?format=json|text: a download of everything Hearth holds about me.
export const GET = memberRoute(async (actor, request) => {
  const format = new URL(request.url).searchParams.get("format") === "text" ? "text" : "json";
  const data = await exportMyData(actor);
  const day = data.exportedAt.slice(0, 10);
  const body = format === "json" ? `${JSON.stringify(data, null, 2)}\n` : myDataAsText(data);
  return new Response(body, {
    headers: {
      "content-type": format === "json" ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="hearth-my-data-${day}.${format === "json" ? "json" : "txt"}"`,
      "cache-control": "no-store",
    },
  });
});
