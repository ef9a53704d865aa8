// A path with broken percent-encoding (`/rooms/%E0%A4%A`, `/api/blocks/%ZZ`) makes Next.js's
// router throw while decoding it, which it answers with a 500. server.ts refuses such a path
// with a 400 before Next sees it.
import type { ServerResponse } from "node:http";

export function hasMalformedPath(url: string | undefined): boolean {
  const path = (url ?? "/").split(/[?#]/, 1)[0] ?? "/";
  try {
    for (const segment of path.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

export function refuseMalformedPath(response: ServerResponse): void {
  const body = JSON.stringify({
    error: {
      code: "invalid_input",
      message: "This address is not valid: it has a broken %-sign code in it.",
    },
  });
  response.writeHead(400, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  response.end(body);
}
