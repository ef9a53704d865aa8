import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { QuickExit } from "@/components/layout/quick-exit";
import { ServiceWorker } from "@/components/layout/service-worker";
import { SiteHeader } from "@/components/layout/site-header";
import { TourOffer } from "@/components/tour/tour-offer";
import { SessionReminders } from "@/components/sessions/session-reminders";
import { env } from "@/lib/env";
import { currentMember } from "@/lib/server/auth/current-member";
import { attentionFor } from "@/lib/server/services/check-ins/attention";
import { moderatedRoomIds } from "@/lib/server/services/moderation/list-queue";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Hearth", template: "%s · Hearth" },
  description:
    "Small, moderated peer support groups. Talk with people who have been there, under a pseudonym.",
  icons: { apple: "/icons/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "Hearth" },
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
        <div className="bg-canvas">
          <div className="mx-auto flex max-w-3xl items-center justify-end gap-3 px-4 pt-1">
            <p className="hidden text-sm text-muted sm:block">Escape pressed three times also leaves.</p>
            <QuickExit url={env().QUICK_EXIT_URL} />
          </div>
        </div>
        <SiteHeader member={member} moderates={moderates} attention={attention} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
          {member && <SessionReminders />}
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
        <ServiceWorker />
      </body>
    </html>
  );
}
