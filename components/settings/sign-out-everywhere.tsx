"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { request } from "@/lib/client/request";
import { referenceFor, type ErrorBody } from "@/lib/shared/errors";

/** Ends every session of this person, on every device, this one too; then to the sign-in page. */
export function SignOutEverywhere() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ErrorBody>();
  return (
    <div className="flex flex-col gap-3">
      <FormMessage message={problem?.message} reference={referenceFor(problem)} />
      <Button
        type="button"
        variant="quiet"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setProblem(undefined);
          const result = await request("POST", "/api/account/sign-out-everywhere", {});
          if (!result.ok) {
            setBusy(false);
            setProblem(result.error);
            return;
          }
          // A full page load on purpose: nothing of the ended session should stay in memory.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign("/signin");
        }}
      >
        {busy ? "Signing out everywhere…" : "Sign out everywhere"}
      </Button>
    </div>
  );
}
