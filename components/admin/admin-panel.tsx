"use client";
import { useId } from "react";
import { button, field, formValues } from "@/components/admin/admin-form";
import { AdminTopic } from "@/components/admin/admin-topic";
import { NewcomerTrust } from "@/components/admin/newcomer-trust";
import { WatchedWords } from "@/components/admin/watched-words";
import { useReasonedAction } from "@/lib/client/use-reasoned-action";
import type { AdminOverview } from "@/lib/shared/admin-types";

/** Topics, rooms, moderators and watched words. Every change asks for a reason and is logged. */
export function AdminPanel({ overview }: { overview: AdminOverview }) {
  const id = useId();
  const { reason, setReason, outcome, act } = useReasonedAction("/api/admin/actions");

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-reason`} className="font-medium">
          Reason (needed for every change, and logged)
        </label>
        <input
          id={`${id}-reason`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          className={field}
        />
        <div role="status" className="empty:hidden">
          {outcome && <p className={outcome.ok ? "text-accent" : "text-caution"}>{outcome.text}</p>}
        </div>
      </div>

      <section aria-labelledby="rooms-heading" className="flex flex-col gap-4">
        <h2 id="rooms-heading" className="text-xl font-semibold">
          Topics and rooms
        </h2>
        {overview.topics.map((topic) => (
          <AdminTopic key={topic.id} topic={topic} act={act} />
        ))}
        <form
          className="flex flex-wrap items-end gap-2 text-sm"
          onSubmit={(event) => {
            const values = formValues(event);
            void act(
              {
                action: "create_topic",
                slug: values.slug,
                name: values.name,
                description: values.description,
              },
              { done: `Topic ${values.name} created.` },
            );
          }}
        >
          <fieldset className="flex flex-wrap items-end gap-2">
            <legend className="font-medium">New topic</legend>
            <label className="flex flex-col gap-1">
              Topic name
              <input name="name" className={field} />
            </label>
            <label className="flex flex-col gap-1">
              Topic web address (slug)
              <input name="slug" className={field} />
            </label>
            <label className="flex flex-col gap-1">
              Topic description
              <input name="description" className={field} />
            </label>
            <button type="submit" className={button}>
              Create topic
            </button>
          </fieldset>
        </form>
      </section>

      <WatchedWords overview={overview} act={act} />
      <NewcomerTrust trust={overview.trust} act={act} />
    </div>
  );
}
