import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Your account is deleted" };

export default function AccountDeletedPage() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Your account is deleted</h1>
      <p>Thank you for the time you spent here. We hope things feel lighter.</p>
      <p>
        If you ever need help right away,{" "}
        <Link href="/resources" className="underline">
          crisis lines are here
        </Link>
        , with no account needed.
      </p>
    </div>
  );
}
