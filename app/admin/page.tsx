import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AdminPanel } from "@/components/admin/admin-panel";
import { currentMember } from "@/lib/server/auth/current-member";
import { getAdminOverview } from "@/lib/server/services/admin/admin-overview";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/admin");
  const overview = await getAdminOverview(member);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Admin</h1>
      {overview && (
        <p>
          <Link href="/admin/care" className="underline">
            Care figures
          </Link>
          : how long people who may need care waited for a moderator.
        </p>
      )}
      {overview ? <AdminPanel overview={overview} /> : <p>This page is for Hearth&apos;s admins.</p>}
    </div>
  );
}
