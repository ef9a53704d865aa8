import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { CrisisLineList } from "@/components/safety/crisis-line-list";
import { currentMember } from "@/lib/server/auth/current-member";
import { crisisRegionFor } from "@/lib/server/services/accounts/crisis-region";
import { crisisRegionCodes, crisisRegions } from "@/lib/shared/crisis-lines";

export const metadata: Metadata = { title: "Need help now?" };

const externalLink = "underline underline-offset-2";

export default async function ResourcesPage() {
  const member = await currentMember();
  const region = await crisisRegionFor(member, (await headers()).get("accept-language"));
  const elsewhere = crisisRegionCodes.filter((code) => code !== region.code && code !== "INTL");
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-semibold">Need help now?</h1>
        <p className="text-lg">
          If you might hurt yourself or someone else, or you are in danger, please reach out to a crisis line
          or your local emergency number now. You deserve help from someone who can be there right away.
        </p>
        <p className="rounded-2xl border border-line bg-surface p-4">
          Hearth is peer support: people who have been through hard things, listening to each other. It is not
          therapy, and it is not an emergency service. Moderators are volunteers, not counsellors.
        </p>
      </header>

      <section aria-labelledby="crisis-lines" className="flex flex-col gap-3">
        <h2 id="crisis-lines" className="text-2xl font-semibold">
          {region.code === "INTL" ? "Crisis lines" : `Crisis lines in ${region.name}`}
        </h2>
        <div className="rounded-2xl border border-line bg-surface p-4">
          <CrisisLineList region={region} />
          <p className="mt-3">In immediate danger, call {region.emergency}.</p>
        </div>
        <p className="text-sm text-muted">
          {member ? (
            <>
              Not where you are? Choose your country in{" "}
              <Link href="/settings" className="underline">
                settings
              </Link>
              .
            </>
          ) : (
            "Chosen from your browser's language. Other countries are below."
          )}
        </p>
        <details className="rounded-2xl border border-line bg-surface p-4">
          <summary className="cursor-pointer font-medium">Crisis lines in other countries</summary>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            {elsewhere.map((code) => (
              <section key={code} aria-label={crisisRegions[code].name} className="flex flex-col gap-1">
                <h3 className="font-semibold">{crisisRegions[code].name}</h3>
                <CrisisLineList region={crisisRegions[code]} />
                <p className="text-sm text-muted">Emergency: {crisisRegions[code].emergency}</p>
              </section>
            ))}
          </div>
        </details>
        {region.code !== "INTL" && (
          <div className="flex flex-col gap-1">
            <p>Somewhere else?</p>
            <CrisisLineList region={crisisRegions.INTL} />
          </div>
        )}
      </section>

      <section aria-labelledby="safety-tour" className="flex flex-col gap-3">
        <h2 id="safety-tour" className="text-2xl font-semibold">
          How Hearth keeps you safe
        </h2>
        <p>
          What moderators can see, what happens when you report, that crisis help is private to you, listening
          only, blocking and muting, and leaving quickly.{" "}
          <Link href="/tour?next=/resources" className="underline">
            Take the one-minute safety tour
          </Link>
          .
        </p>
      </section>

      <section aria-labelledby="emergency" className="flex flex-col gap-3">
        <h2 id="emergency" className="text-2xl font-semibold">
          In an emergency
        </h2>
        <p>
          If someone&apos;s life is in danger, call your local emergency number: 911 in the United States and
          Canada, 999 in the United Kingdom, 112 across the European Union, 000 in Australia. If you are not
          sure of the number where you are, 112 works from most mobile phones.
        </p>
      </section>

      <section aria-labelledby="therapy" className="flex flex-col gap-3">
        <h2 id="therapy" className="text-2xl font-semibold">
          Finding a trauma-informed therapist
        </h2>
        <p>
          Peer support helps many people, and it can sit alongside professional care. A trauma-informed
          therapist understands how trauma affects the body and mind, and will go at your pace.
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>Ask your doctor or a local health service for a referral to someone who works with trauma.</li>
          <li>
            Therapist directories such as{" "}
            <a href="https://www.psychologytoday.com/us/therapists" className={externalLink}>
              Psychology Today
            </a>{" "}
            let you filter by &ldquo;trauma and PTSD&rdquo; and by the methods below.
          </li>
          <li>
            It is fine to ask a therapist about their training in trauma, and to try someone else if it
            doesn&apos;t feel right.
          </li>
        </ul>
      </section>

      <section aria-labelledby="methods" className="flex flex-col gap-3">
        <h2 id="methods" className="text-2xl font-semibold">
          Two therapies you may hear about
        </h2>
        <div className="rounded-2xl border border-line bg-surface p-4">
          <h3 className="font-semibold">CBT (cognitive behavioural therapy)</h3>
          <p>
            A structured talking therapy that looks at how thoughts, feelings and actions feed each other.
            Trauma-focused CBT helps you work through what happened and loosen the beliefs it left behind,
            such as &ldquo;it was my fault&rdquo;.
          </p>
        </div>
        <div className="rounded-2xl border border-line bg-surface p-4">
          <h3 className="font-semibold">EMDR (eye movement desensitisation and reprocessing)</h3>
          <p>
            A therapy in which you briefly bring a memory to mind while following a guided back-and-forth
            movement or sound. It helps the memory feel less raw. It is recommended for PTSD by the World
            Health Organization and by national health guidelines in several countries.
          </p>
        </div>
      </section>
    </article>
  );
}
