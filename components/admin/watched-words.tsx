import { button, field, formValues, type AdminAct } from "@/components/admin/admin-form";
import type { AdminOverview } from "@/lib/shared/admin-types";

const wordsUrl = "/api/admin/watched-words";

/** The watched words on /admin: the list, removing one, adding one. */
export function WatchedWords({ overview, act }: { overview: AdminOverview; act: AdminAct }) {
  return (
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
                act({ id: word.id }, { url: wordsUrl, method: "DELETE", done: `“${word.phrase}” removed.` })
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
          void act(
            { phrase: values.phrase, action: values.wordAction, roomId: values.wordRoom || null },
            { url: wordsUrl, done: `“${values.phrase}” added.` },
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
  );
}
