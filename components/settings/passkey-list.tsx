"use client";
// My passkeys: each with its name and dates, a way to rename it and a way to remove it (after
// saying what that means). Adding one lives beside it (add-passkey-form.tsx).
import { useState } from "react";
import { AddPasskeyForm } from "@/components/settings/add-passkey-form";
import { PasskeyItem } from "@/components/settings/passkey-item";
import type { PasskeySummary } from "@/lib/shared/passkey-types";

export function PasskeyList({ initial }: { initial: PasskeySummary[] }) {
  const [passkeys, setPasskeys] = useState(initial);
  const [said, setSaid] = useState<string>();
  return (
    <div className="flex flex-col gap-4">
      {passkeys.length === 0 ? (
        <p className="text-muted">You haven&apos;t added a passkey yet.</p>
      ) : (
        <ul aria-label="Your passkeys" className="flex flex-col gap-2">
          {passkeys.map((passkey) => (
            <PasskeyItem
              key={passkey.id}
              passkey={passkey}
              onRenamed={(renamed) => {
                setPasskeys((list) => list.map((item) => (item.id === renamed.id ? renamed : item)));
                setSaid(`Renamed to “${renamed.name}”.`);
              }}
              onRemoved={() => {
                setPasskeys((list) => list.filter((item) => item.id !== passkey.id));
                setSaid(`“${passkey.name}” was removed. You can't sign in with it any more.`);
              }}
            />
          ))}
        </ul>
      )}
      <p role="status" className="empty:hidden">
        {said}
      </p>
      <AddPasskeyForm
        onAdded={(added) => {
          setPasskeys((list) => [...list, added]);
          setSaid(`“${added.name}” was added. Next time, you can sign in with it alone.`);
        }}
      />
    </div>
  );
}
