import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PasskeySignIn } from "@/components/accounts/passkey-sign-in";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { currentMember } from "@/lib/server/auth/current-member";
import { sameSitePath } from "@/lib/shared/same-site-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // Only paths on this site: never send someone to another origin after signing in.
  const returnTo = sameSitePath(params.callbackUrl, "/");
  // next-auth sends people here with ?error= when something failed outside the form.
  const arrivedWithError = params.error !== undefined;
  if (await currentMember()) redirect(returnTo);
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-semibold">Welcome back</h1>
      {arrivedWithError && (
        <p
          role="alert"
          className="rounded-xl border border-caution/40 bg-caution-soft px-4 py-3 text-caution"
        >
          Signing in did not work that time. Please try again.
        </p>
      )}
      <SignInForm returnTo={returnTo} />
      <section aria-labelledby="passkey-heading" className="flex flex-col gap-3 border-t border-line pt-6">
        <h2 id="passkey-heading" className="text-lg font-semibold">
          Sign in with a passkey
        </h2>
        <p className="text-muted">
          If you added a passkey in your settings, you need no pseudonym or password: your device asks for its
          own lock.
        </p>
        <PasskeySignIn returnTo={returnTo} />
      </section>
      <div className="flex flex-col gap-1 text-muted">
        <p>
          Forgot your password?{" "}
          <Link href="/recover" className="underline">
            Use your recovery code
          </Link>
          .
        </p>
        <p>
          New here?{" "}
          <Link
            href={returnTo === "/" ? "/signup" : `/signup?next=${encodeURIComponent(returnTo)}`}
            className="underline"
          >
            Sign up
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
