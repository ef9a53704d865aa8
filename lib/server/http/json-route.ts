// The HTTP door: reads a bounded JSON body, calls a service, maps errors to the stable codes.
import type { MemberActor, VisitorContext } from "@/lib/server/auth/actor";
import { currentMember } from "@/lib/server/auth/current-member";
import { clientAddressFrom } from "@/lib/server/http/client-address";
import { httpStatusForCode } from "@/lib/server/http/http-status";
import { knownFailure } from "@/lib/server/database/database-errors";
import { refuseCrossSite } from "@/lib/server/http/same-site";
import { logger } from "@/lib/server/logger";
import { noteFailureCode, requestIdHeader } from "@/lib/server/http/request-log";
import { AppError } from "@/lib/shared/errors";

const maxBodyBytes = 16 * 1024;

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

/**
 * The API's one error answer: the stable code and words, and the request's id (given by the HTTP
 * server, lib/server/http/request-log.ts) so a person can quote it and the log line is found.
 */
export function errorResponse(error: unknown, request?: Request): Response {
  const requestId = request?.headers.get(requestIdHeader) ?? undefined;
  const appError = knownFailure(error);
  if (!appError) logger().error({ err: error, requestId }, "request failed unexpectedly");
  const known = appError ?? new AppError("internal", "Something went wrong on our side. Please try again.");
  noteFailureCode(requestId, known.code);
  const headers: Record<string, string> = {};
  if (known.retryAfterSeconds !== undefined) headers["retry-after"] = String(known.retryAfterSeconds);
  return jsonResponse(
    { error: { ...known.toBody(), ...(requestId && { requestId }) } },
    httpStatusForCode[known.code],
    headers,
  );
}

export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBodyBytes) throw tooLarge();
  if (!request.body) throw new AppError("invalid_input", "The request has no body. Send JSON.");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBodyBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.");
  }
}

function tooLarge(): AppError {
  return new AppError("payload_too_large", `The request is too large (at most ${maxBodyBytes / 1024} KB).`);
}

/** A route for anyone (signed in or not): the handler gets the JSON body and the visitor. */
export function publicJsonRoute(handler: (body: unknown, visitor: VisitorContext) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    try {
      refuseCrossSite(request, { json: true });
      const body = await readJsonBody(request);
      return await handler(body, { address: clientAddressFrom(request.headers) });
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}

/** A route for signed-in members only, with no body (GET, DELETE); a DELETE must come from Hearth's pages. */
export function memberRoute<Context>(
  handler: (actor: MemberActor, request: Request, context: Context) => Promise<Response>,
) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      refuseCrossSite(request, { json: false });
      const actor = await currentMember();
      if (!actor) throw new AppError("unauthenticated", "Please sign in first.");
      return await handler(actor, request, context);
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}

/** A route for signed-in members only, with a JSON body. */
export function memberJsonRoute(handler: (body: unknown, actor: MemberActor) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    try {
      refuseCrossSite(request, { json: true });
      const actor = await currentMember();
      if (!actor) throw new AppError("unauthenticated", "Please sign in first.");
      const body = await readJsonBody(request);
      return await handler(body, actor);
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}
