import { button, field, formValues, type AdminAct } from "@/components/admin/admin-form";
import { AdminRoom } from "@/components/admin/admin-room";
import type { AdminTopic as Topic } from "@/lib/shared/admin-types";

/** One topic on /admin: rename it, manage its rooms, add a room. */
export function AdminTopic({ topic, act }: { topic: Topic; act: AdminAct }) {
  return (
    <div className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-4">
      <h3 className="font-semibold">{topic.name}</h3>
      <form
        className="flex flex-wrap items-end gap-2 text-sm"
        onSubmit={(event) => {
          const values = formValues(event);
          void act(
            {
              action: "update_topic",
              topicId: topic.id,
              name: values.name,
              description: values.description,
            },
            { done: `${values.name} saved.` },
          );
        }}
      >
        <label className="flex flex-col gap-1">
          Name of topic {topic.name}
          <input name="name" defaultValue={topic.name} className={field} />
        </label>
        <label className="flex flex-col gap-1">
          Description of topic {topic.name}
          <input name="description" defaultValue={topic.description} className={field} />
        </label>
        <button type="submit" className={button}>
          Save topic {topic.name}
        </button>
      </form>
      <ul className="flex flex-col gap-2">
        {topic.rooms.map((room) => (
          <AdminRoom key={room.id} room={room} act={act} />
        ))}
      </ul>
      <form
        className="flex flex-wrap items-end gap-2 text-sm"
        onSubmit={(event) => {
          const values = formValues(event);
          void act(
            {
              action: "create_room",
              topicId: topic.id,
              slug: values.slug,
              name: values.name,
              description: values.description,
              capacity: Number(values.capacity),
              guidelines: values.guidelines,
            },
            { done: `Room ${values.name} created.` },
          );
        }}
      >
        <fieldset className="flex flex-wrap items-end gap-2">
          <legend className="font-medium">New room in {topic.name}</legend>
          <label className="flex flex-col gap-1">
            Room name
            <input name="name" className={field} />
          </label>
          <label className="flex flex-col gap-1">
            Web address (slug)
            <input name="slug" className={field} />
          </label>
          <label className="flex flex-col gap-1">
            Description
            <input name="description" className={field} />
          </label>
          <label className="flex flex-col gap-1">
            Capacity
            <input
              name="capacity"
              type="number"
              defaultValue={12}
              min={2}
              max={50}
              className={`${field} w-24`}
            />
          </label>
          <label className="flex flex-col gap-1">
            Guidelines
            <textarea
              name="guidelines"
              defaultValue="Be kind. Everyone here is carrying something."
              rows={2}
              className="rounded-xl border border-line bg-canvas p-2"
            />
          </label>
          <button type="submit" className={button}>
            Create room
          </button>
        </fieldset>
      </form>
    </div>
  );
}
