"use client";
// What a moderator or admin sees on staff pages while their session has no second step
// (decision 0028): why, and setting up the app right here. Once it is on, the page loads again
// in full, so the page and its live connection both start with the staff powers.
import { AddPasskeyForm } from "@/components/settings/add-passkey-form";
import { AppSetup } from "@/components/settings/app-setup";
import { SignOutButton } from "@/components/layout/sign-out-button";

export function StaffSecondStep({ hasSecondFactor }: { hasSecondFactor: boolean }) {
  return (
    <div className="flex max-w-xl flex-col gap-5">
      <h1 className="text-2xl font-semibold">One more step before your moderator tools</h1>
      <p>
        Moderators and admins can open crisis items, private check-ins and the moderation log. So that nobody
        who learns a staff password can read what members shared in confidence, Hearth asks staff for a second
        step at sign-in: a passkey, or a code from an authenticator app on your phone.
      </p>
      {hasSecondFactor ? (
        <>
          <p>
            Your account has a second step, but this sign-in did not use it. Please sign out and sign in
            again; Hearth will ask for your second step, and your tools will be here. Or sign in with your
            passkey alone.
          </p>
          <div>
            <SignOutButton />
          </div>
        </>
      ) : (
        <>
          <p>It takes a minute, and your tools open as soon as it is on.</p>
          <AppSetup startLabel="Set up an authenticator app now" onDone={() => window.location.reload()} />
          <p>Or, if this device can keep a passkey (most phones and laptops can):</p>
          <AddPasskeyForm onAdded={() => window.location.reload()} />
        </>
      )}
    </div>
  );
}
