// Whose crisis lines a person sees: the country they chose in /settings, or the one their
// browser's languages point to, or the international directory.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import {
  crisisRegions,
  isCrisisRegionCode,
  regionFromLanguages,
  type CrisisRegion,
  type CrisisRegionCode,
} from "@/lib/shared/crisis-lines";
import { parseInput } from "@/lib/shared/parse-input";
import { crisisRegionSchema } from "@/lib/shared/schemas/account";

export async function chosenCrisisRegion(member: MemberActor | null): Promise<CrisisRegionCode | null> {
  if (!member) return null;
  const row = await db().user.findUnique({ where: { id: member.userId }, select: { crisisRegion: true } });
  return row?.crisisRegion && isCrisisRegionCode(row.crisisRegion) ? row.crisisRegion : null;
}

export async function crisisRegionFor(
  member: MemberActor | null,
  acceptLanguage: string | null,
): Promise<CrisisRegion> {
  return crisisRegions[(await chosenCrisisRegion(member)) ?? regionFromLanguages(acceptLanguage)];
}

export async function setCrisisRegion(
  actor: MemberActor,
  rawInput: unknown,
): Promise<{ region: CrisisRegionCode | null }> {
  const input = parseInput(crisisRegionSchema, rawInput);
  await db().user.update({ where: { id: actor.userId }, data: { crisisRegion: input.region } });
  return { region: input.region };
}
