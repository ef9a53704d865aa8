import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { TourOffer } from "@/components/tour/tour-offer";
import { currentMember } from "@/lib/server/auth/current-member";
import { attentionFor } from "@/lib/server/services/check-ins/attention";
import { moderatedRoomIds } from "@/lib/server/services/moderation/list-queue";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Hearth", template: "%s · Hearth" },
  description:
    "Small, moderated peer support groups. Talk with people who have been there, under a pseudonym.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbf8f3" },
    { media: "(prefers-color-scheme: dark)", color: "#1b1d1c" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const member = await currentMember();
  const moderated = member ? await moderatedRoomIds(member) : [];
  const moderates = moderated === "all" || moderated.length > 0;
  const attention = member ? await attentionFor(member) : null;
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded-xl focus:bg-surface focus:p-3"
        >
          Skip to content
        </a>
        <SiteHeader member={member} moderates={moderates} attention={attention} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
          <TourOffer />
          {children}
        </main>
        <footer className="border-t border-line py-6 text-sm text-muted">
          <div className="mx-auto flex max-w-3xl flex-col gap-1 px-4">
            <p>
              Hearth is peer support: people who have been there, listening. It is not therapy or an emergency
              service.
            </p>
            <p>
              In danger right now?{" "}
              <Link href="/resources" className="underline">
                Find a crisis line
              </Link>
              .
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
