import type { Metadata } from "next";

export const metadata: Metadata = { title: "Need help now?" };

const crisisLines = [
  {
    region: "United States",
    name: "988 Suicide & Crisis Lifeline",
    contact: "Call or text 988",
    href: "tel:988",
  },
  { region: "Canada", name: "9-8-8 Suicide Crisis Helpline", contact: "Call or text 988", href: "tel:988" },
  {
    region: "United Kingdom and Ireland",
    name: "Samaritans",
    contact: "Call 116 123, free, day or night",
    href: "tel:116123",
  },
  { region: "Australia", name: "Lifeline", contact: "Call 13 11 14", href: "tel:131114" },
];

const externalLink = "underline underline-offset-2";

export default function ResourcesPage() {
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
          Crisis lines
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {crisisLines.map((line) => (
            <li key={line.region} className="rounded-2xl border border-line bg-surface p-4">
              <p className="text-sm text-muted">{line.region}</p>
              <p className="font-semibold">{line.name}</p>
              <a href={line.href} className={externalLink}>
                {line.contact}
              </a>
            </li>
          ))}
        </ul>
        <p>
          Somewhere else?{" "}
          <a href="https://findahelpline.com" className={externalLink}>
            Find A Helpline
          </a>{" "}
          lists free, confidential crisis lines in over 130 countries, by phone, text and chat.
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

      <section aria-labelledby="leave-quickly" className="flex flex-col gap-3">
        <h2 id="leave-quickly" className="text-2xl font-semibold">
          Leaving quickly
        </h2>
        <p>
          If someone comes in and you don&apos;t want them to see Hearth, use &ldquo;Leave quickly&rdquo; at
          the top of every page, or press Escape three times. Hearth is replaced at once by an everyday
          website (a weather page), and the Back button will not bring this page back.
        </p>
        <p>
          Your browser&apos;s history still lists the pages you visited earlier. If that worries you, a
          private or incognito window keeps no history at all, and you can delete Hearth from your history in
          your browser&apos;s settings. Leaving quickly does not sign you out: on a shared device, signing out
          when you can means anyone who opens Hearth sees only the front page.
        </p>
      </section>
    </article>
  );
}
