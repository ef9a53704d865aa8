import Link from "next/link";
import { currentMember } from "@/lib/server/auth/current-member";

const primaryLink =
  "inline-flex min-h-11 items-center justify-center rounded-xl bg-accent px-5 py-2 font-medium text-accent-ink hover:opacity-90";
const quietLink =
  "inline-flex min-h-11 items-center justify-center rounded-xl border border-line bg-surface px-5 py-2 font-medium hover:bg-accent-soft";

export default async function HomePage() {
  const member = await currentMember();
  if (member) {
    return (
      <section className="flex flex-col gap-6">
        <h1 className="text-3xl font-semibold">Welcome back, {member.pseudonym}</h1>
        <p className="text-lg text-muted">
          Take your time. You can listen first, and talk when it feels right.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/rooms" className={primaryLink}>
            Find a room
          </Link>
          <Link href="/settings" className={quietLink}>
            Your settings
          </Link>
          <Link href="/resources" className={quietLink}>
            Help and resources
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section className="flex flex-col gap-8">
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-semibold">You don&apos;t have to carry it alone</h1>
        <p className="text-lg text-muted">
          Hearth is a place for small, moderated support groups. Talk in real time with people who went
          through something like you did — a loss, a breakup, bullying, an accident, a hard childhood — under
          a name you choose.
        </p>
      </div>
      <ul className="grid gap-3 sm:grid-cols-3">
        <li className="rounded-2xl border border-line bg-surface p-4">
          <h2 className="font-semibold">Small rooms</h2>
          <p className="text-muted">About a dozen people, on one topic, with moderators who keep it safe.</p>
        </li>
        <li className="rounded-2xl border border-line bg-surface p-4">
          <h2 className="font-semibold">Listen first</h2>
          <p className="text-muted">Join listening only. Nobody is told who is reading.</p>
        </li>
        <li className="rounded-2xl border border-line bg-surface p-4">
          <h2 className="font-semibold">No real names</h2>
          <p className="text-muted">A pseudonym and a password. No e-mail, no phone number.</p>
        </li>
      </ul>
      <div className="flex flex-wrap gap-3">
        <Link href="/rooms" className={primaryLink}>
          See the rooms
        </Link>
        <Link href="/signup" className={quietLink}>
          Sign up
        </Link>
        <Link href="/signin" className={quietLink}>
          Sign in
        </Link>
      </div>
    </section>
  );
}
