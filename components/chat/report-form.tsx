"use client";
import { useId, useState } from "react";
import type { ErrorBody } from "@/lib/shared/errors";
import type { ReportReason } from "@/lib/shared/schemas/moderation";

const reasons = [
  ["harassment", "Harassment"],
  ["hate", "Hate"],
  ["self_harm_risk", "Someone may be at risk of harming themselves"],
  ["spam", "Spam"],
  ["private_information", "Sharing someone's private information"],
  ["other", "Something else"],
] as const satisfies readonly (readonly [ReportReason, string])[];

/** Reporting a message to the room's moderators; only they learn who reported it. */
export function ReportForm({
  onReport,
}: {
  onReport: (reason: ReportReason, details: string) => Promise<ErrorBody | null>;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason>("harassment");
  const [details, setDetails] = useState("");
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string>();
  const id = useId();

  if (sent)
    return (
      <p role="status" className="text-sm text-muted">
        Thank you. A moderator will look at this. Nobody else will know you reported it.
      </p>
    );
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="min-h-9 self-start rounded-xl px-2 text-sm text-muted hover:bg-accent-soft"
      >
        Report
      </button>
    );
  }
  return (
    <form
      className="flex flex-col gap-2 rounded-xl bg-canvas p-3 text-sm"
      onSubmit={async (event) => {
        event.preventDefault();
        const error = await onReport(reason, details);
        if (error) setProblem(error.message);
        else setSent(true);
      }}
    >
      <label htmlFor={`${id}-reason`} className="font-medium">
        Why are you reporting this?
      </label>
      <select
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
        <button type="submit" className="min-h-11 rounded-xl bg-accent px-3 text-accent-ink">
          Send report
        </button>
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="min-h-11 rounded-xl border border-line px-3"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
