import Link from "next/link";
import { AttentionLinks } from "@/components/layout/attention-links";
import { SignOutButton } from "@/components/layout/sign-out-button";
import type { MemberActor } from "@/lib/server/auth/actor";
import type { Attention } from "@/lib/shared/check-in-types";

const linkStyle = "inline-flex min-h-11 items-center rounded-xl px-3 hover:bg-accent-soft";

interface SiteHeaderProps {
  member: MemberActor | null;
  moderates: boolean;
  /** What waits for the member (null when signed out). */
  attention: Attention | null;
}

export function SiteHeader({ member, moderates, attention }: SiteHeaderProps) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="inline-flex min-h-11 items-center text-lg font-semibold text-accent">
          Hearth
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
          <Link href="/rooms" className={linkStyle}>
            Rooms
          </Link>
          <Link href="/resources" className={`${linkStyle} font-medium text-caution`}>
            Need help now?
          </Link>
          {member ? (
            <>
              <AttentionLinks
                initial={
                  attention ?? { priorityItems: 0, unreadCheckIns: 0, unreadNotices: 0, appealsToReview: 0 }
                }
                moderates={moderates}
              />
              {member.siteRole === "admin" && (
                <Link href="/admin" className={linkStyle}>
                  Admin
                </Link>
              )}
              <Link href="/settings" className={linkStyle}>
                <span className="sr-only">Settings for </span>
                {member.pseudonym}
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin" className={linkStyle}>
                Sign in
              </Link>
              <Link href="/signup" className={linkStyle}>
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
