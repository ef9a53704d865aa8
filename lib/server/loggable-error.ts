// What of an error goes into a log line: its type, code, the first line of its message and the
// stack's frames, for its causes too. Not the rest: some libraries put the values they were given
// into their errors (Prisma's validation errors print the query's arguments, a message's words
// among them; PostgreSQL's `detail` quotes the key that clashed), and a log must never hold what
// members wrote (docs/decisions/0027).

/** A message's first line is cut here: long enough for any error we name, too short to carry a message body. */
const maxMessageLength = 300;
const maxCauses = 3;

export interface LoggableError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: LoggableError;
}

export function loggableError(error: unknown, depth = 0): LoggableError | undefined {
  if (!(error instanceof Error)) {
    if (error === undefined || error === null) return undefined;
    return { type: typeof error, message: "(not an Error)" };
  }
  const firstLine = (error.message.split("\n", 1)[0] ?? "").slice(0, maxMessageLength);
  const code = (error as { code?: unknown }).code;
  const frames = error.stack
    ?.split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
  return {
    type: error.name,
    message: firstLine,
    ...((typeof code === "string" || typeof code === "number") && { code: String(code) }),
    ...(frames && { stack: `${error.name}: ${firstLine}\n${frames}` }),
    ...(depth < maxCauses && error.cause !== undefined && { cause: loggableError(error.cause, depth + 1) }),
  };
}
