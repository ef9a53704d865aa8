import { describe, expect, it } from "vitest";
import { filtersMatched } from "@/lib/shared/reading-filters";

const message = (body: string, contentWarning: string | null = null) => ({ body, contentWarning });

describe("a reader's filters", () => {
  it("match themes by whole words and phrases, in any case, with plurals and hyphens", () => {
    const filters = { themes: ["suicide", "death_grief"] as const, ownWords: [] };
    const themes = { ...filters, themes: [...filters.themes] };
    expect(filtersMatched(message("My uncle DIED last spring"), themes)).toEqual(["death and grief"]);
    expect(filtersMatched(message("two funerals this year"), themes)).toEqual(["death and grief"]);
    expect(filtersMatched(message("I thought about suicide"), themes)).toEqual(["suicide"]);
    expect(filtersMatched(message("I want to kill myself"), themes)).toEqual(["suicide"]);
  });

  it("do not match inside other words", () => {
    const filters = { themes: ["death_grief" as const, "violence" as const], ownWords: ["dad"] };
    expect(filtersMatched(message("the deathly hallows"), filters)).toEqual([]);
    expect(filtersMatched(message("a gunner in the team"), filters)).toEqual([]);
    expect(filtersMatched(message("daddy long legs"), filters)).toEqual([]);
  });

  it("count the content warning as part of the message, and the reader's own words", () => {
    const filters = { themes: ["abuse" as const], ownWords: ["my dad", "hospital"] };
    expect(filtersMatched(message("It was a long night.", "abuse"), filters)).toEqual(["abuse"]);
    expect(filtersMatched(message("My Dad called. Then the hospital."), filters)).toEqual([
      "your word “my dad”",
      "your word “hospital”",
    ]);
    expect(filtersMatched(message("Nothing to see"), filters)).toEqual([]);
  });

  it("match nothing when nothing is chosen", () => {
    expect(filtersMatched(message("suicide and death"), { themes: [], ownWords: [] })).toEqual([]);
  });
});
