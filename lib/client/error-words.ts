// What a person reads when a request failed: the error's words and, when something went wrong on
// our side, the reference to quote (the request's id, which the server's log line carries). Forms
// show the reference in small text instead (components/ui/form-message.tsx).
import { referenceFor, type ErrorBody } from "@/lib/shared/errors";

export function errorWords(error: ErrorBody): string {
  const reference = referenceFor(error);
  return reference ? `${error.message} (Reference: ${reference})` : error.message;
}
