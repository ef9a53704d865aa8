"use client";
// An appeal to decide: what was done and why, the member's words, and a reasoned decision.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { request } from "@/lib/client/request";
import type { AppealToReview } from "@/lib/shared/notice-types";
import { errorWords } from "@/lib/client/error-words";

const actionLabels: Record<string, string> = {
  hide_message: "hid a message",
  warn_member: "sent a warning",
  mute_member: "paused their messages",
  remove_member: "removed them from the room",
};

export function AppealReview({ appeal }: { appeal: AppealToReview }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string>();
  const [pending, setPending] = useState(false);

  async function decide(decision: "uphold" | "reverse") {
    setPending(true);
    setProblem(undefined);
    const result = await request("POST", "/api/appeals/decide", { appealId: appeal.id, decision, reason });
    setPending(false);
    if (result.ok) router.refresh();
    else setProblem(errorWords(result.error));
  }

  return (
    <article
      aria-label={`Appeal from ${appeal.member.pseudonym}`}
      className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-4"
    >
      <h3 className="font-semibold">
        {appeal.member.pseudonym}
        {appeal.room ? ` in ${appeal.room.name}` : ""}
      </h3>
      <p className="text-sm">
        {appeal.action.by ?? "Hearth"} {actionLabels[appeal.action.kind] ?? appeal.action.kind}. Reason given:{" "}
        {appeal.action.reason}
      </p>
      {appeal.action.messageBody && (
        <details className="text-sm">
          <summary className="cursor-pointer">Show the message</summary>
          <p className="mt-1 whitespace-pre-wrap rounded-xl bg-canvas p-2">{appeal.action.messageBody}</p>
        </details>
      )}
      <p>
        <span className="font-medium">{appeal.member.pseudonym} wrote: </span>
        {appeal.words}
      </p>
      <label htmlFor={`appeal-reason-${appeal.id}`} className="font-medium">
        Reason for your decision
      </label>
      <textarea
        id={`appeal-reason-${appeal.id}`}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        rows={2}
        maxLength={500}
        className="rounded-xl border border-line bg-canvas p-2"
      />
      {problem && (
        <p role="alert" className="text-caution">
          {problem}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending}
          onClick={() => void decide("reverse")}
          className="min-h-11 rounded-xl bg-accent px-3 text-accent-ink"
        >
          Reverse the decision
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => void decide("uphold")}
          className="min-h-11 rounded-xl border border-line px-3"
        >
          Keep the decision
        </button>
      </div>
    </article>
  );
}
