// PostgreSQL gives up a transaction that met another one in a deadlock (40P01) or a
// serialization failure (40001); it was rolled back whole. That is not a fault in the input or
// in Hearth's data: the person is told to try again (`conflict`), not that something broke.
import { AppError } from "@/lib/shared/errors";

const transientCodes = new Set(["40P01", "40001"]);

export function isTransientConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const known = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
  };
  if (known.code === "P2034") return true;
  const original = known.meta?.driverAdapterError?.cause?.originalCode;
  return typeof original === "string" && transientCodes.has(original);
}

export const transientConflictError = () =>
  new AppError(
    "conflict",
    "That met another change at the same moment and did not go through. Please try again.",
  );
