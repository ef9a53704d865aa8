import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SecondStepForm } from "@/components/accounts/second-step-form";
import { currentMember } from "@/lib/server/auth/current-member";
import { sameSitePath } from "@/lib/shared/same-site-path";

export const metadata: Metadata = { title: "Second step" };

/** After the password, for an account with a second step: no session exists until this passes. */
export default async function SecondStepPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const returnTo = sameSitePath((await searchParams).callbackUrl, "/");
  if (await currentMember()) redirect(returnTo);
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <SecondStepForm returnTo={returnTo} />
    </div>
  );
}
