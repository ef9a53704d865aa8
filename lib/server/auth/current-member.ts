// The signed-in member for a page, layout or route handler (null when signed out).
import { headers } from "next/headers";
import type { MemberActor } from "@/lib/server/auth/actor";
import { memberFromCookieHeader } from "@/lib/server/auth/session-token";

export async function currentMember(): Promise<MemberActor | null> {
  return memberFromCookieHeader((await headers()).get("cookie"));
}
