"use client";
// Your data: a copy of everything Hearth holds about you, and deleting your account with a
// clear choice about your messages and an honest line about what stays.
import { signOut } from "next-auth/react";
import { useState } from "react";
import { request } from "@/lib/client/request";
import { errorWords } from "@/lib/client/error-words";

export function MyData() {
  const [password, setPassword] = useState("");
  const [messages, setMessages] = useState<"erase" | "keep" | "">("");
  const [problem, setProblem] = useState<string>();
  const [pending, setPending] = useState(false);

  async function remove() {
    setPending(true);
    setProblem(undefined);
    const result = await request("POST", "/api/account/delete", { password, messages });
    if (!result.ok) {
      setPending(false);
      setProblem(errorWords(result.error));
      return;
    }
    await signOut({ callbackUrl: "/account-deleted" });
  }

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p>
          Download everything Hearth holds about you: your account, rooms, messages (hidden ones too),
          reactions, reports, notices, blocks, passkeys (their names and dates), appeals and check-ins.
        </p>
        <p className="flex flex-wrap gap-3">
          <a
            href="/api/account/export?format=text"
            download
            className="inline-flex min-h-11 items-center rounded-xl border border-line px-3"
          >
            Download a readable copy
          </a>
          <a
            href="/api/account/export?format=json"
            download
            className="inline-flex min-h-11 items-center rounded-xl border border-line px-3"
          >
            Download as JSON
          </a>
        </p>
      </div>
      <form
        aria-label="Delete my account"
        onSubmit={(event) => {
          event.preventDefault();
          void remove();
        }}
        className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4"
      >
        <h3 className="font-semibold">Delete my account</h3>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 font-medium">What should happen to your messages?</legend>
          <label className="flex min-h-9 items-center gap-2">
            <input
              type="radio"
              name="messages"
              value="erase"
              checked={messages === "erase"}
              onChange={() => setMessages("erase")}
              className="h-5 w-5"
            />
            Erase their words (others see that a message was deleted)
          </label>
          <label className="flex min-h-9 items-center gap-2">
            <input
              type="radio"
              name="messages"
              value="keep"
              checked={messages === "keep"}
              onChange={() => setMessages("keep")}
              className="h-5 w-5"
            />
            Keep them, signed &ldquo;A former member&rdquo;
          </label>
        </fieldset>
        <p className="text-sm text-muted">
          What stays: moderation records keep what a moderator did and why, not your words. Other
          people&apos;s messages are not touched. Your pseudonym stays reserved for six months so nobody can
          pass as you. You will not be able to sign in again.
        </p>
        <label htmlFor="delete-password" className="font-medium">
          Your password, to confirm
        </label>
        <input
          id="delete-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          className="min-h-11 rounded-xl border border-line bg-canvas px-3"
        />
        {problem && (
          <p role="alert" className="text-caution">
            {problem}
          </p>
        )}
        <button
          type="submit"
          disabled={pending || !messages || !password}
          className="min-h-11 self-start rounded-xl border border-caution px-4 text-caution"
        >
          {pending ? "Deleting…" : "Delete my account"}
        </button>
      </form>
    </div>
  );
}
