import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { currentMember } from "@/lib/server/auth/current-member";
import { suggestPseudonym } from "@/lib/server/services/accounts/suggest-pseudonym";
import { sameSitePath } from "@/lib/shared/same-site-path";

export const metadata: Metadata = { title: "Sign up" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  // Where the person was going (a room, usually), or the directory; only paths on this site.
  const next = sameSitePath((await searchParams).next, "/rooms");
  if (await currentMember()) redirect(next);
  // A name already filled in, so the first step is one field; it is theirs to change.
  const suggestion = await suggestPseudonym().catch(() => ({ pseudonym: "" }));
  return <SignUpForm suggestion={suggestion.pseudonym} next={next} />;
}
