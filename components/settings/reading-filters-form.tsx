"use client";
// What I'd rather not see uncovered. Only my own view changes; nobody is told.
import { useState } from "react";
import { request } from "@/lib/client/request";
import { readingThemes, type ReadingFilters, type ReadingThemeId } from "@/lib/shared/reading-filters";
import { errorWords } from "@/lib/client/error-words";

export function ReadingFiltersForm({ initial }: { initial: ReadingFilters }) {
  const [themes, setThemes] = useState<ReadingThemeId[]>(initial.themes);
  const [ownWords, setOwnWords] = useState(initial.ownWords.join("\n"));
  const [coverCrisis, setCoverCrisis] = useState(initial.coverCrisis);
  const [coverWarned, setCoverWarned] = useState(initial.coverWarned);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const [pending, setPending] = useState(false);

  async function save() {
    setPending(true);
    setStatus(undefined);
    const result = await request<ReadingFilters>("POST", "/api/account/reading-filters", {
      themes,
      ownWords: ownWords.split(/[\n,]/),
      coverCrisis,
      coverWarned,
    });
    setPending(false);
    if (result.ok) {
      setOwnWords(result.data.ownWords.join("\n"));
      setStatus({ ok: true, text: "Saved. Rooms you open from now on follow these choices." });
    } else setStatus({ ok: false, text: errorWords(result.error) });
  }

  return (
    <form
      aria-label="What you keep covered"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      className="flex flex-col gap-4"
    >
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">Always cover messages about</legend>
        {readingThemes.map((theme) => (
          <label key={theme.id} className="flex min-h-9 items-center gap-2">
            <input
              type="checkbox"
              checked={themes.includes(theme.id)}
              onChange={(event) =>
                setThemes((chosen) =>
                  event.target.checked ? [...chosen, theme.id] : chosen.filter((id) => id !== theme.id),
                )
              }
              className="h-5 w-5"
            />
            {theme.label}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="own-words" className="font-medium">
          Your own words to cover
        </label>
        <p id="own-words-hint" className="text-sm text-muted">
          One per line: a name, a place, anything you would rather not come across. Up to 30.
        </p>
        <textarea
          id="own-words"
          aria-describedby="own-words-hint"
          value={ownWords}
          onChange={(event) => setOwnWords(event.target.value)}
          rows={3}
          className="rounded-xl border border-line bg-surface p-2"
        />
      </div>
      <label className="flex min-h-9 items-center gap-2">
        <input
          type="checkbox"
          checked={coverCrisis}
          onChange={(event) => setCoverCrisis(event.target.checked)}
          className="h-5 w-5"
        />
        Cover messages where someone shared something painful
      </label>
      <label className="flex min-h-9 items-center gap-2">
        <input
          type="checkbox"
          checked={coverWarned}
          onChange={(event) => setCoverWarned(event.target.checked)}
          className="h-5 w-5"
        />
        Cover messages with a content warning
      </label>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 self-start rounded-xl bg-accent px-4 text-accent-ink"
      >
        {pending ? "Saving…" : "Save"}
      </button>
      <p role="status" className={status && !status.ok ? "text-caution" : "text-muted"}>
        {status?.text}
      </p>
    </form>
  );
}
