"use client";
// Choosing whose crisis lines Hearth shows: the care card and the resources page follow it.
import { useState } from "react";
import { request } from "@/lib/client/request";
import { crisisRegionCodes, crisisRegions, type CrisisRegionCode } from "@/lib/shared/crisis-lines";
import { errorWords } from "@/lib/client/error-words";

const automatic = "automatic";

export function CrisisRegionForm({ chosen }: { chosen: CrisisRegionCode | null }) {
  const [value, setValue] = useState<string>(chosen ?? automatic);
  const [status, setStatus] = useState<{ kind: "saved" | "error"; text: string }>();

  async function save(next: string) {
    setValue(next);
    setStatus(undefined);
    const region = next === automatic ? null : next;
    const result = await request("POST", "/api/account/crisis-region", { region });
    setStatus(
      result.ok
        ? { kind: "saved", text: "Saved. The crisis lines you see now follow this choice." }
        : { kind: "error", text: errorWords(result.error) },
    );
  }

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="crisis-region" className="font-medium">
        Show crisis lines for
      </label>
      <select
        id="crisis-region"
        value={value}
        onChange={(event) => void save(event.target.value)}
        className="min-h-11 rounded-xl border border-line bg-surface px-3"
      >
        <option value={automatic}>Where my browser&apos;s language suggests</option>
        {crisisRegionCodes.map((code) => (
          <option key={code} value={code}>
            {crisisRegions[code].name}
          </option>
        ))}
      </select>
      <p role="status" className={status?.kind === "error" ? "text-caution" : "text-muted"}>
        {status?.text}
      </p>
    </div>
  );
}
