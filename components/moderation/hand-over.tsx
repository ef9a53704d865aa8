"use client";
// Handing a queue item to another of the room's moderators (or an admin).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { request } from "@/lib/client/request";
import type { QueueItem } from "@/lib/shared/moderation-types";
import { errorWords } from "@/lib/client/error-words";

export function HandOver({ item }: { item: QueueItem }) {
  const router = useRouter();
  const [to, setTo] = useState("");
  const [problem, setProblem] = useState<string>();
  if (item.colleagues.length === 0) return null;
  const fieldId = `hand-over-${item.messageId}`;

  async function handOver() {
    setProblem(undefined);
    const result = await request("POST", "/api/mod/hand-over", { messageId: item.messageId, toUserId: to });
    if (result.ok) router.refresh();
    else setProblem(errorWords(result.error));
  }

  return (
    <div className="flex flex-wrap items-end gap-2 text-sm">
      <div className="flex flex-col gap-1">
        <label htmlFor={fieldId}>Hand this to</label>
        <select
          id={fieldId}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          className="min-h-11 rounded-xl border border-line bg-canvas px-2"
        >
          <option value="">Choose a moderator</option>
          {item.colleagues.map((colleague) => (
            <option key={colleague.id} value={colleague.id}>
              {colleague.pseudonym}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        disabled={!to}
        onClick={() => void handOver()}
        className="min-h-11 rounded-xl border border-line px-3"
      >
        Hand over
      </button>
      {problem && (
        <p role="alert" className="text-caution">
          {problem}
        </p>
      )}
    </div>
  );
}
