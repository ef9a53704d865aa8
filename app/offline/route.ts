import { env } from "@/lib/env";
import { offlinePageHtml } from "@/lib/server/pages/offline-page";
import { regionFromLanguages } from "@/lib/shared/crisis-lines";

// The offline page, kept by the service worker (public/sw.js). Crisis lines for the browser's
// languages first; every other country one tap away.
export function GET(request: Request): Response {
  const html = offlinePageHtml({
    regionCode: regionFromLanguages(request.headers.get("accept-language")),
    exitUrl: env().QUICK_EXIT_URL,
  });
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" },
  });
}
