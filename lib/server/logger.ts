// pino: structured JSON logs, fast enough for the message hot path, the usual choice for Node servers.
import pino, { type Logger } from "pino";
import { env } from "@/lib/env";
import { loggableError } from "@/lib/server/loggable-error";

const globalKey = Symbol.for("hearth.logger");
type GlobalWithLogger = typeof globalThis & { [globalKey]?: Logger };

export function logger(): Logger {
  const holder = globalThis as GlobalWithLogger;
  holder[globalKey] ??= pino({
    level: env().LOG_LEVEL,
    base: { app: "hearth" },
    // `err` is how every error is logged here: only what cannot hold a member's words.
    serializers: { err: loggableError },
  });
  return holder[globalKey];
}
