// A reader's filters and personal mutes through the real routes: saved and read back, bad input
// refused with nothing changed, muting someone is private to the reader and undone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReadingFilters } from "@/lib/shared/reading-filters";
import { postJson } from "@/tests/factories/accounts";
import type { ConnectedMember } from "@/tests/factories/chat";
import { connectMember } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile();
const everyone: ConnectedMember[] = [];
let reader: ConnectedMember;
let other: ConnectedMember;

async function get<Data>(path: string, who: ConnectedMember | null) {
  const response = await fetch(`${hearth.app.url}${path}`, { headers: who ? { cookie: who.cookie } : {} });
  return { status: response.status, body: (await response.json()) as Data };
}
const post = (path: string, body: unknown, who: ConnectedMember) =>
  postJson(`${hearth.app.url}${path}`, body, { cookie: who.cookie });

beforeAll(async () => {
  for (let i = 0; i < 2; i++) everyone.push(await connectMember(hearth.app.url));
  [reader, other] = everyone as [ConnectedMember, ConnectedMember];
});
afterAll(() => everyone.forEach((someone) => someone.socket.close()));

describe("reading filters", () => {
  it("start with crisis-flagged and content-warned messages covered, and nothing else", async () => {
    expect((await get<ReadingFilters>("/api/account/reading-filters", reader)).body).toEqual({
      themes: [],
      ownWords: [],
      coverCrisis: true,
      coverWarned: true,
    });
  });

  it("are saved, trimmed and without repeats, and read back", async () => {
    const saved = await post(
      "/api/account/reading-filters",
      {
        themes: ["death_grief", "abuse"],
        ownWords: [" my dad ", "my dad", "", "hospital"],
        coverCrisis: false,
        coverWarned: true,
      },
      reader,
    );
    expect(saved.status).toBe(200);
    expect((await get<ReadingFilters>("/api/account/reading-filters", reader)).body).toEqual({
      themes: ["death_grief", "abuse"],
      ownWords: ["my dad", "hospital"],
      coverCrisis: false,
      coverWarned: true,
    });
    // Someone else's filters are their own.
    expect((await get<ReadingFilters>("/api/account/reading-filters", other)).body.themes).toEqual([]);
  });

  it("refuse unknown themes, too many or too long words, and missing switches, changing nothing", async () => {
    const good = { themes: [], ownWords: [], coverCrisis: true, coverWarned: true };
    for (const bad of [
      { ...good, themes: ["everything"] },
      { ...good, ownWords: Array.from({ length: 31 }, (_, i) => `word${i}`) },
      { ...good, ownWords: ["x".repeat(41)] },
      { themes: [], ownWords: [] },
      "not json at all",
    ]) {
      const answer = await post("/api/account/reading-filters", bad, reader);
      expect(answer.status).toBe(400);
      expect(answer.body.error?.code).toBe("invalid_input");
    }
    expect((await get<ReadingFilters>("/api/account/reading-filters", reader)).body.themes).toEqual([
      "death_grief",
      "abuse",
    ]);
    expect((await postJson(`${hearth.app.url}/api/account/reading-filters`, good)).status).toBe(401);
  });
});

describe("personal mutes", () => {
  it("hide someone for me alone, twice is once, and are undone", async () => {
    expect((await post("/api/personal-mutes", { userId: other.id }, reader)).status).toBe(201);
    expect((await post("/api/personal-mutes", { userId: other.id }, reader)).status).toBe(201);
    const listed = await get<{ muted: { id: string }[] }>("/api/personal-mutes", reader);
    expect(listed.body.muted.map((person) => person.id)).toEqual([other.id]);
    // The muted person sees nothing of it.
    expect((await get<{ muted: unknown[] }>("/api/personal-mutes", other)).body.muted).toEqual([]);

    const undone = await fetch(`${hearth.app.url}/api/personal-mutes/${other.id}`, {
      method: "DELETE",
      headers: { cookie: reader.cookie, origin: hearth.app.url },
    });
    expect(undone.status).toBe(200);
    expect((await get<{ muted: unknown[] }>("/api/personal-mutes", reader)).body.muted).toEqual([]);
  });

  it("refuse oneself, nobody and malformed ids", async () => {
    expect((await post("/api/personal-mutes", { userId: reader.id }, reader)).status).toBe(400);
    expect(
      (await post("/api/personal-mutes", { userId: "6f1c2b7e-0000-4000-8000-000000000000" }, reader)).status,
    ).toBe(404);
    expect((await post("/api/personal-mutes", { userId: "x" }, reader)).status).toBe(400);
    const malformed = await fetch(`${hearth.app.url}/api/personal-mutes/x`, {
      method: "DELETE",
      headers: { cookie: reader.cookie, origin: hearth.app.url },
    });
    expect(malformed.status).toBe(400);
  });
});
