import { button, field, formValues, type AdminAct } from "@/components/admin/admin-form";
import type { AdminRoom as Room } from "@/lib/shared/admin-types";

/** One room on /admin: its moderators, its settings, and appointing a moderator. */
export function AdminRoom({ room, act }: { room: Room; act: AdminAct }) {
  return (
    <li className="flex flex-col gap-1 rounded-xl border border-line p-3 text-sm">
      <p>
        <span className="font-semibold">{room.name}</span> · {room.capacity} places · moderators:{" "}
        {room.moderators.length === 0 ? "none yet" : room.moderators.map((m) => m.pseudonym).join(", ")}
      </p>
      <div className="flex flex-wrap gap-1">
        {room.moderators.map((moderator) => (
          <button
            key={moderator.id}
            type="button"
            className={button}
            onClick={() =>
              act(
                { action: "remove_moderator", roomId: room.id, userId: moderator.id },
                { done: `${moderator.pseudonym} no longer moderates ${room.name}.` },
              )
            }
          >
            Remove {moderator.pseudonym} as moderator
          </button>
        ))}
      </div>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          const values = formValues(event);
          void act(
            {
              action: "update_room",
              roomId: room.id,
              name: values.name,
              description: values.description,
              capacity: Number(values.capacity),
            },
            { done: `${values.name} saved.` },
          );
        }}
      >
        <fieldset className="flex flex-wrap items-end gap-2">
          <legend className="sr-only">Edit {room.name}</legend>
          <label className="flex flex-col gap-1">
            Name of {room.name}
            <input name="name" defaultValue={room.name} className={field} />
          </label>
          <label className="flex flex-col gap-1">
            Description of {room.name}
            <input name="description" defaultValue={room.description} className={field} />
          </label>
          <label className="flex flex-col gap-1">
            Capacity of {room.name}
            <input
              name="capacity"
              type="number"
              min={2}
              max={50}
              defaultValue={room.capacity}
              className={`${field} w-24`}
            />
          </label>
          <button type="submit" className={button}>
            Save {room.name}
          </button>
        </fieldset>
      </form>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          const values = formValues(event);
          void act(
            { action: "appoint_moderator", roomId: room.id, pseudonym: values.pseudonym },
            { done: `${values.pseudonym} now moderates ${room.name}.` },
          );
        }}
      >
        <label className="flex flex-col gap-1">
          Appoint a moderator (pseudonym) for {room.name}
          <input name="pseudonym" className={field} />
        </label>
        <button type="submit" className={button}>
          Appoint
        </button>
      </form>
    </li>
  );
}
