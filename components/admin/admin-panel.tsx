"use client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { request, type RequestMethod } from "@/lib/client/request";
import type { AdminOverview } from "@/lib/shared/admin-types";

const field = "min-h-11 rounded-xl border border-line bg-canvas px-3";
const button = "min-h-11 rounded-xl border border-line px-3";

/** Topics, rooms, moderators and watched words. Every change asks for a reason and is logged. */
export function AdminPanel({ overview }: { overview: AdminOverview }) {
  const router = useRouter();
  const id = useId();
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ text: string; ok: boolean }>();

  async function send(
    url: string,
    body: Record<string, unknown>,
    done: string,
    method: RequestMethod = "POST",
  ) {
    const result = await request(method, url, { ...body, reason });
    if (result.ok) {
      setMessage({ text: done, ok: true });
      router.refresh();
    } else
      setMessage({ text: Object.values(result.error.fields ?? {})[0] ?? result.error.message, ok: false });
  }
  const formValues = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    return Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
  };

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
          {message && <p className={message.ok ? "text-accent" : "text-caution"}>{message.text}</p>}
        </div>
      </div>

      <section aria-labelledby="rooms-heading" className="flex flex-col gap-4">
        <h2 id="rooms-heading" className="text-xl font-semibold">
          Topics and rooms
        </h2>
        {overview.topics.map((topic) => (
          <div key={topic.id} className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-4">
            <h3 className="font-semibold">{topic.name}</h3>
            <form
              className="flex flex-wrap items-end gap-2 text-sm"
              onSubmit={(event) => {
                const values = formValues(event);
                void send(
                  "/api/admin/actions",
                  {
                    action: "update_topic",
                    topicId: topic.id,
                    name: values.name,
                    description: values.description,
                  },
                  `${values.name} saved.`,
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
                <li key={room.id} className="flex flex-col gap-1 rounded-xl border border-line p-3 text-sm">
                  <p>
                    <span className="font-semibold">{room.name}</span> · {room.capacity} places · moderators:{" "}
                    {room.moderators.length === 0
                      ? "none yet"
                      : room.moderators.map((m) => m.pseudonym).join(", ")}
                  </p>
                  <div className="flex flex-wrap gap-1">
                    {room.moderators.map((moderator) => (
                      <button
                        key={moderator.id}
                        type="button"
                        className={button}
                        onClick={() =>
                          send(
                            "/api/admin/actions",
                            { action: "remove_moderator", roomId: room.id, userId: moderator.id },
                            `${moderator.pseudonym} no longer moderates ${room.name}.`,
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
                      void send(
                        "/api/admin/actions",
                        {
                          action: "update_room",
                          roomId: room.id,
                          name: values.name,
                          description: values.description,
                          capacity: Number(values.capacity),
                        },
                        `${values.name} saved.`,
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
                      void send(
                        "/api/admin/actions",
                        { action: "appoint_moderator", roomId: room.id, pseudonym: values.pseudonym },
                        `${values.pseudonym} now moderates ${room.name}.`,
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
              ))}
            </ul>
            <form
              className="flex flex-wrap items-end gap-2 text-sm"
              onSubmit={(event) => {
                const values = formValues(event);
                void send(
                  "/api/admin/actions",
                  {
                    action: "create_room",
                    topicId: topic.id,
                    slug: values.slug,
                    name: values.name,
                    description: values.description,
                    capacity: Number(values.capacity),
                    guidelines: values.guidelines,
                  },
                  `Room ${values.name} created.`,
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
        ))}
        <form
          className="flex flex-wrap items-end gap-2 text-sm"
          onSubmit={(event) => {
            const values = formValues(event);
            void send(
              "/api/admin/actions",
              {
                action: "create_topic",
                slug: values.slug,
                name: values.name,
                description: values.description,
              },
              `Topic ${values.name} created.`,
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

      <section aria-labelledby="words-heading" className="flex flex-col gap-3">
        <h2 id="words-heading" className="text-xl font-semibold">
          Watched words
        </h2>
        <p className="text-muted text-sm">
          Block: the message is refused and nothing is stored. Flag: it is posted and queued for review.
        </p>
        <ul className="flex flex-col gap-1 text-sm">
          {overview.words.map((word) => (
            <li key={word.id} className="flex items-center gap-2">
              <span>
                “{word.phrase}” — {word.action}
                {word.roomId ? " (one room)" : " (whole site)"}
              </span>
              <button
                type="button"
                className={button}
                onClick={() =>
                  send("/api/admin/watched-words", { id: word.id }, `“${word.phrase}” removed.`, "DELETE")
                }
              >
                Remove “{word.phrase}”
              </button>
            </li>
          ))}
        </ul>
        <form
          className="flex flex-wrap items-end gap-2 text-sm"
          onSubmit={(event) => {
            const values = formValues(event);
            void send(
              "/api/admin/watched-words",
              { phrase: values.phrase, action: values.wordAction, roomId: values.wordRoom || null },
              `“${values.phrase}” added.`,
            );
          }}
        >
          <label className="flex flex-col gap-1">
            Word or phrase
            <input name="phrase" className={field} />
          </label>
          <label className="flex flex-col gap-1">
            What happens
            <select name="wordAction" className={field}>
              <option value="block">Block</option>
              <option value="flag">Flag for review</option>
            </select>
          </label>
          <label className="flex flex-col gap-1">
            Where
            <select name="wordRoom" className={field}>
              <option value="">Whole site</option>
              {overview.topics
                .flatMap((topic) => topic.rooms)
                .map((room) => (
                  <option key={room.id} value={room.id}>
                    {room.name}
                  </option>
                ))}
            </select>
          </label>
          <button type="submit" className={button}>
            Add word
          </button>
        </form>
      </section>
    </div>
  );
}
