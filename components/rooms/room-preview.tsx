// A room as someone without an account sees it: what it is for, its guidelines, and the way in.
// Listening comes first: it needs an account (so nobody reads anonymously), never the guidelines.
import Link from "next/link";
import type { WireRoom } from "@/lib/shared/chat-types";

const primaryLink =
  "inline-flex min-h-11 items-center justify-center self-start rounded-xl bg-accent px-5 py-2 font-medium text-accent-ink hover:opacity-90";

export function RoomPreview({ room }: { room: WireRoom }) {
  const listenPath = `/rooms/${room.slug}?listen=1`;
  return (
    <div className="flex flex-col gap-4">
      <section
        aria-labelledby="listen-heading"
        className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5"
      >
        <h2 id="listen-heading" className="text-xl font-semibold">
          Listen first
        </h2>
        <p>
          Choose a name and a password (no e-mail, about a minute) and you can read this room straight away.
          Others see only that someone is listening, never who.
        </p>
        <Link href={`/signup?next=${encodeURIComponent(listenPath)}`} className={primaryLink}>
          Sign up to listen
        </Link>
        <p className="text-muted">
          Have an account?{" "}
          <Link href={`/signin?callbackUrl=${encodeURIComponent(listenPath)}`} className="underline">
            Sign in
          </Link>
          .
        </p>
      </section>
      <section aria-labelledby="guidelines-heading" className="flex flex-col gap-2 px-1">
        <h2 id="guidelines-heading" className="text-xl font-semibold">
          This room&apos;s guidelines
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {room.guidelines
            .split("\n")
            .filter(Boolean)
            .map((line) => (
              <li key={line}>{line}</li>
            ))}
        </ul>
        <p className="text-muted">You are asked to accept them when you first want to write.</p>
      </section>
    </div>
  );
}
