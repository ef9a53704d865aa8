import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import {
  passkeySummarySelect,
  toPasskeySummary,
  type PasskeySummary,
} from "@/lib/server/services/passkeys/passkey-records";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { renamePasskeySchema } from "@/lib/shared/schemas/passkey";

/** Gives one of my passkeys a new name. */
export async function renamePasskey(actor: MemberActor, rawInput: unknown): Promise<PasskeySummary> {
  const input = parseInput(renamePasskeySchema, rawInput);
  await consumeRateLimit("passkeyChangePerMember", actor.userId);
  const { count } = await db().passkey.updateMany({
    where: { id: input.passkeyId, userId: actor.userId },
    data: { name: input.name },
  });
  if (count === 0) throw new AppError("not_found", "That passkey is no longer on your account.");
  const row = await db().passkey.findUniqueOrThrow({
    where: { id: input.passkeyId },
    select: passkeySummarySelect,
  });
  return toPasskeySummary(row);
}
