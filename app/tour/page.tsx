import type { Metadata } from "next";
import { SafetyTour } from "@/components/tour/safety-tour";

export const metadata: Metadata = { title: "How Hearth keeps you safe" };

type Params = { searchParams: Promise<{ next?: string }> };

/** Only a path on this site: a link elsewhere must never be able to send people off Hearth. */
function sameSitePath(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.includes("\\") ? next : "/rooms";
}

export default async function TourPage({ searchParams }: Params) {
  const next = sameSitePath((await searchParams).next);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">How Hearth keeps you safe</h1>
        <p className="text-muted">
          Six short steps. You can skip at any time, and come back from Need help now?
        </p>
      </div>
      <SafetyTour next={next} />
    </div>
  );
}
