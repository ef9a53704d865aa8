"use client";
import { useEffect, useId, useRef, useState } from "react";
import { closeOnEscape } from "@/components/chat/close-on-escape";
import type { ErrorBody } from "@/lib/shared/errors";
import type { ReportReason } from "@/lib/shared/schemas/moderation";
import { errorWords } from "@/lib/client/error-words";

const reasons = [
  ["harassment", "Harassment"],
  ["hate", "Hate"],
  ["self_harm_risk", "Someone may be at risk of harming themselves"],
  ["spam", "Spam"],
  ["private_information", "Sharing someone's private information"],
  ["other", "Something else"],
] as const satisfies readonly (readonly [ReportReason, string])[];

/**
 * Reporting a message to the room's moderators; only they learn who reported it. Focus starts on
 * the reason; Escape or Cancel closes it (the caller returns focus to what opened it).
 */
export function ReportForm({
  about,
  onReport,
  onSent,
  onClose,
}: {
  about: string;
  onReport: (reason: ReportReason, details: string) => Promise<ErrorBody | null>;
  onSent: () => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState<ReportReason>("harassment");
  const [details, setDetails] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const id = useId();
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  return (
    <form
      aria-label={`Report ${about}`}
      className="flex flex-col gap-2 rounded-xl bg-canvas p-3 text-sm"
      onKeyDown={closeOnEscape(onClose)}
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const error = await onReport(reason, details);
        setBusy(false);
        if (error) setProblem(errorWords(error));
        else onSent();
      }}
    >
      <label htmlFor={`${id}-reason`} className="font-medium">
        Why are you reporting this?
      </label>
      <select
        ref={first}
        id={`${id}-reason`}
        value={reason}
        onChange={(event) =>
          setReason(reasons.find(([value]) => value === event.target.value)?.[0] ?? "other")
        }
        className="min-h-11 rounded-xl border border-line bg-surface px-2"
      >
        {reasons.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-details`} className="font-medium">
        Anything the moderators should know (optional)
      </label>
      <textarea
        id={`${id}-details`}
        value={details}
        maxLength={1000}
        onChange={(event) => setDetails(event.target.value)}
        rows={2}
        className="rounded-xl border border-line bg-surface p-2"
      />
      {problem && (
        <p role="alert" className="text-caution">
          {problem}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" disabled={busy} className="min-h-11 rounded-xl bg-accent px-3 text-accent-ink">
          Send report
        </button>
        <button type="button" onClick={onClose} className="min-h-11 rounded-xl border border-line px-3">
          Cancel
        </button>
      </div>
    </form>
  );
}
