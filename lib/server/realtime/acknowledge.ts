// The socket door's one error mapper: every event answers { ok: true, ...data } or
// { ok: false, error }, and no failure escapes into the process.
import { logger } from "@/lib/server/logger";
import { AppError, type ErrorBody } from "@/lib/shared/errors";

export function errorBodyFor(error: unknown): ErrorBody {
  if (error instanceof AppError) return error.toBody();
  logger().error({ err: error }, "socket event failed");
  return {
    code: "internal",
    message: "Something went wrong on our side. Nothing was saved. Please try again.",
  };
}

/** Wraps a handler: runs it with the payload and answers through the acknowledgement, if one was given. */
export function acknowledged<Data extends object>(work: (input: unknown) => Promise<Data>) {
  return async (input: unknown, ack?: unknown): Promise<void> => {
    const reply = typeof ack === "function" ? (ack as (answer: unknown) => void) : undefined;
    try {
      const data = await work(input);
      reply?.({ ok: true, ...data });
    } catch (error) {
      reply?.({ ok: false, error: errorBodyFor(error) });
    }
  };
}
