import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/auth-options";
import { errorResponse } from "@/lib/server/http/json-route";
import { refuseCrossSite } from "@/lib/server/http/same-site";
import { AppError } from "@/lib/shared/errors";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

const formType = "application/x-www-form-urlencoded";

// next-auth 4 reads params synchronously; Next 16 hands them over as a promise. In front of it:
// writes only from Hearth's own pages (next-auth's CSRF token also covers them), form bodies only
// (what next-auth's client sends; a malformed JSON body would otherwise reach a 500), no browser
// log writes, and the credentials callback only as a POST.
async function handler(request: Request, context: RouteContext): Promise<Response> {
  try {
    const params = await context.params;
    const [action] = params.nextauth ?? [];
    if (request.method === "POST") {
      refuseCrossSite(request, { json: false });
      // next-auth's client reports its own errors here; Hearth does not write browsers' words to its log.
      if (action === "_log") return new Response(null, { status: 204 });
      const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
      if (mediaType !== formType) {
        throw new AppError(
          "unsupported_media_type",
          "Sign-in takes a form (application/x-www-form-urlencoded).",
        );
      }
    } else if (action === "callback" || action === "_log") {
      throw new AppError("invalid_input", "This sign-in address answers only the sign-in form.");
    }
    return await NextAuth(request as never, { params } as never, authOptions());
  } catch (error) {
    return errorResponse(error, request);
  }
}

export { handler as GET, handler as POST };
