"use client";
// Every notice, newest first, in the member's own time; new ones marked gently. A notice about a
// moderator's action offers a review in a few words, and shows what became of it.
import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { request } from "@/lib/client/request";
import { hearthSocket } from "@/lib/client/socket";
import { untilInWords, whenInWords } from "@/lib/client/time-words";
import type { WireNotice } from "@/lib/shared/notice-types";
import { errorWords } from "@/lib/client/error-words";

const headings: Record<WireNotice["kind"], string> = {
  warning: "A warning from a moderator",
  mute: "Your messages were paused",
  removal: "You were removed from a room",
  message_hidden: "A moderator hid one of your messages",
  report_outcome: "About a message you reported",
  appeal_outcome: "Your review was decided",
  care_note: "Moderators are looking",
  message_declined: "About a message you wrote",
  moderator_appointed: "You were asked to moderate a room",
};

const appealStatus = {
  open: "You asked for a review. Someone other than the moderator who acted will look at it.",
  upheld: "Reviewed: the decision was kept.",
  reversed: "Reviewed: the decision was reversed.",
};

/** Renders only in the browser, so the time is the reader's own (the server's zone is not). */
const noSubscription = () => () => {};

function LocalTime({ iso, as }: { iso: string; as: "when" | "until" }) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <time dateTime={iso}>{inBrowser ? (as === "when" ? whenInWords(iso) : untilInWords(iso)) : ""}</time>
  );
}

function AppealForm({ notice, onFiled }: { notice: WireNotice; onFiled: () => void }) {
  const [open, setOpen] = useState(false);
  const [words, setWords] = useState("");
  const [problem, setProblem] = useState<string>();
  const [pending, setPending] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    setTimeout(() => opener.current?.focus(), 0);
  }

  async function file() {
    setPending(true);
    setProblem(undefined);
    const result = await request("POST", "/api/appeals", { noticeId: notice.id, words });
    setPending(false);
    if (result.ok) onFiled();
    else setProblem(`${errorWords(result.error)} What you wrote is still here.`);
  }

  if (!open)
    return (
      <button
        ref={opener}
        type="button"
        onClick={() => setOpen(true)}
        className="min-h-11 self-start rounded-xl border border-line px-3"
      >
        Ask for a review
      </button>
    );
  return (
    <form
      aria-label="Ask for a review"
      onSubmit={(event) => {
        event.preventDefault();
        void file();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
      }}
      className="flex flex-col gap-2"
    >
      <label htmlFor={`appeal-${notice.id}`} className="font-medium">
        In a few words, why should this be looked at again?
      </label>
      <p className="text-sm text-muted">
        Another moderator or an admin will review it, not the one who acted. You will get their answer here.
      </p>
      <textarea
        ref={field}
        id={`appeal-${notice.id}`}
        value={words}
        onChange={(event) => setWords(event.target.value)}
        rows={3}
        maxLength={1000}
        className="rounded-xl border border-line bg-surface p-2"
      />
      {problem && (
        <p role="alert" className="text-caution">
          {problem}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-xl bg-accent px-4 text-accent-ink"
        >
          {pending ? "Sending…" : "Send"}
        </button>
        <button type="button" onClick={close} className="min-h-11 rounded-xl border border-line px-3">
          Cancel
        </button>
      </div>
    </form>
  );
}

export function NoticeList({ initial }: { initial: WireNotice[] }) {
  const [notices, setNotices] = useState(initial);
  // What was new when the page opened stays marked "New" while the person reads.
  const [newIds, setNewIds] = useState(() => new Set(initial.filter((n) => !n.readAt).map((n) => n.id)));

  const reload = useCallback(async () => {
    const result = await request<{ notices: WireNotice[] }>("GET", "/api/notices");
    if (!result.ok) return;
    setNotices(result.data.notices);
    const unread = result.data.notices.filter((notice) => !notice.readAt).map((notice) => notice.id);
    if (unread.length > 0) {
      setNewIds((ids) => new Set([...ids, ...unread]));
      await request("POST", "/api/notices/read", {});
    }
  }, []);

  useEffect(() => {
    if (initial.some((notice) => !notice.readAt)) void request("POST", "/api/notices/read", {});
    const socket = hearthSocket();
    const onNotice = () => void reload();
    socket.on("notice:new", onNotice);
    socket.on("connect", onNotice);
    return () => {
      socket.off("notice:new", onNotice);
      socket.off("connect", onNotice);
    };
  }, [initial, reload]);

  if (notices.length === 0)
    return (
      <p className="text-muted">
        Nothing here. When a moderator or Hearth tells you something, it waits here.
      </p>
    );

  return (
    <ol aria-label="Your notices" aria-live="polite" className="flex flex-col gap-3">
      {notices.map((notice) => (
        <li key={notice.id}>
          <article
            aria-labelledby={`notice-${notice.id}`}
            className={`flex flex-col gap-2 rounded-2xl border bg-surface p-4 ${newIds.has(notice.id) ? "border-accent" : "border-line"}`}
          >
            <header className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`notice-${notice.id}`} className="font-semibold">
                {newIds.has(notice.id) && (
                  <>
                    <span className="mr-2 rounded-md bg-accent-soft px-2 py-0.5 text-sm text-accent">
                      New
                    </span>{" "}
                  </>
                )}
                {headings[notice.kind]}
              </h2>
              <p className="text-sm text-muted">
                <LocalTime iso={notice.createdAt} as="when" />
                {notice.room && (
                  <>
                    {" · "}
                    <Link href={`/rooms/${notice.room.slug}`} className="underline">
                      {notice.room.name}
                    </Link>
                  </>
                )}
              </p>
            </header>
            <p>{notice.body}</p>
            {notice.kind === "mute" && notice.until && (
              <p>
                <LocalTime iso={notice.until} as="until" />
              </p>
            )}
            {notice.appeal ? (
              <div className="rounded-xl bg-canvas p-3 text-sm">
                <p className="font-medium">{appealStatus[notice.appeal.status]}</p>
                <p className="text-muted">You wrote: {notice.appeal.words}</p>
                {notice.appeal.decisionReason && <p>Their reason: {notice.appeal.decisionReason}</p>}
              </div>
            ) : (
              notice.canAppeal && <AppealForm notice={notice} onFiled={() => void reload()} />
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
