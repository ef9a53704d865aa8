"use client";
// A check-in from either side: the member and the room's moderators write, live; either can
// close it; the member can ask for a new one afterwards.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { CareStatusLine } from "@/components/care/care-status-line";
import { request } from "@/lib/client/request";
import { hearthSocket } from "@/lib/client/socket";
import { useCareOpened, useCareWriting } from "@/lib/client/use-care-looks";
import type { WireCheckIn } from "@/lib/shared/check-in-types";
import { errorWords } from "@/lib/client/error-words";

function timeOf(iso: string): string {
  return new Date(iso).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
}

export function CheckInThread({
  initial,
  viewerId,
  careItemId,
}: {
  initial: WireCheckIn;
  viewerId: string;
  /** For moderators: the member's request for this check-in, opened by reading it here. */
  careItemId?: string | null;
}) {
  const router = useRouter();
  const [checkIn, setCheckIn] = useState(initial);
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState<string>();
  const [pending, setPending] = useState(false);
  const isMember = checkIn.member.id === viewerId;
  const field = useRef<HTMLTextAreaElement>(null);
  useCareOpened(isMember ? null : careItemId);
  const writing = useCareWriting(checkIn.room.id, checkIn.member.id);

  const reload = useCallback(async () => {
    const result = await request<{ checkIn: WireCheckIn }>("GET", `/api/check-ins/${initial.id}`);
    if (result.ok) setCheckIn(result.data.checkIn);
  }, [initial.id]);

  useEffect(() => {
    const socket = hearthSocket();
    const onChange = (change: { checkInId: string }) => {
      if (change.checkInId === initial.id) void reload();
    };
    // Words written while the connection was down are fetched when it comes back.
    const onConnect = () => void reload();
    socket.on("checkin:updated", onChange);
    socket.on("connect", onConnect);
    if (!socket.connected) socket.connect();
    return () => {
      socket.off("checkin:updated", onChange);
      socket.off("connect", onConnect);
    };
  }, [initial.id, reload]);

  async function send() {
    setPending(true);
    setProblem(undefined);
    const result = await request("POST", "/api/check-ins/reply", { checkInId: checkIn.id, body: draft });
    setPending(false);
    if (!result.ok) {
      setProblem(`${errorWords(result.error)} What you wrote is still here.`);
      return;
    }
    setDraft("");
    await reload();
    field.current?.focus();
  }

  async function close() {
    setProblem(undefined);
    const result = await request("POST", "/api/check-ins/close", { checkInId: checkIn.id });
    if (!result.ok) setProblem(errorWords(result.error));
    await reload();
  }

  async function askAgain() {
    const result = await request<{ checkInId: string }>("POST", "/api/check-ins/request", {
      roomId: checkIn.room.id,
    });
    if (result.ok) router.push(`/check-ins/${result.data.checkInId}`);
    else setProblem(errorWords(result.error));
  }

  return (
    <div className="flex flex-col gap-4">
      {isMember && checkIn.status === "open" && <CareStatusLine query={{ checkInId: checkIn.id }} />}
      {/* The log around the list, so the list keeps its own semantics. */}
      <div role="log" aria-label="Conversation" aria-live="polite">
        <ol className="flex flex-col gap-3">
          {checkIn.messages.map((message) => {
            const mine = message.author?.id === viewerId;
            const who = mine
              ? "You"
              : message.fromModerator
                ? `${message.author?.pseudonym ?? "A moderator"} (moderator)`
                : (message.author?.pseudonym ?? "A former member");
            return (
              <li
                key={message.id}
                className={`flex flex-col gap-1 rounded-2xl border border-line p-3 ${mine ? "bg-accent-soft" : "bg-surface"}`}
              >
                <p className="text-sm text-muted">
                  <span className="font-semibold text-ink">{who}</span> · {timeOf(message.createdAt)}
                </p>
                <p className="whitespace-pre-wrap">{message.body}</p>
              </li>
            );
          })}
        </ol>
      </div>
      {problem && (
        <p role="alert" className="text-caution">
          {problem}
        </p>
      )}
      {checkIn.status === "open" ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
          className="flex flex-col gap-2"
        >
          <label htmlFor="check-in-reply" className="font-medium">
            {isMember ? "Your answer" : `Write to ${checkIn.member.pseudonym}`}
          </label>
          <textarea
            ref={field}
            id="check-in-reply"
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
              if (!isMember) writing();
            }}
            rows={3}
            maxLength={4000}
            className="rounded-xl border border-line bg-surface p-2"
          />
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              disabled={pending || draft.trim() === ""}
              className="min-h-11 rounded-xl bg-accent px-4 text-accent-ink"
            >
              {pending ? "Sending…" : "Send"}
            </button>
            <button
              type="button"
              onClick={() => void close()}
              className="min-h-11 rounded-xl border border-line px-3"
            >
              {isMember ? "Close this conversation" : "Close the check-in"}
            </button>
          </div>
          {isMember && (
            <p className="text-sm text-muted">
              You can close it whenever you like. Nothing here is shown in the room.
            </p>
          )}
        </form>
      ) : (
        <div className="flex flex-col gap-2">
          <p>This conversation is closed.</p>
          {isMember && (
            <button
              type="button"
              onClick={() => void askAgain()}
              className="min-h-11 self-start rounded-xl border border-line px-3"
            >
              Ask a moderator to check in again
            </button>
          )}
        </div>
      )}
    </div>
  );
}
