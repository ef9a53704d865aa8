import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { currentMember } from "@/lib/server/auth/current-member";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage() {
  if (await currentMember()) redirect("/");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Join Hearth</h1>
        <p className="text-muted">Choose a name to be known by here and a password. That is all we ask.</p>
      </div>
      <SignUpForm />
      <p className="text-muted">
        Already have an account?{" "}
        <Link href="/signin" className="underline">
          Sign in
        </Link>
        .
      </p>
    </div>
  );
}
