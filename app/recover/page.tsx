import type { Metadata } from "next";
import { RecoverForm } from "@/components/accounts/recover-form";

export const metadata: Metadata = { title: "Recover your account" };

export default function RecoverPage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Recover your account</h1>
        <p className="text-muted">
          Enter your pseudonym, the recovery code you saved, and a new password. You will get a new recovery
          code, and any devices still signed in will be signed out.
        </p>
      </div>
      <RecoverForm />
    </div>
  );
}
