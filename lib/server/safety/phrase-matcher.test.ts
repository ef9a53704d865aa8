import { describe, expect, it } from "vitest";
import { containsPhrase, normalizeWords } from "@/lib/server/safety/phrase-matcher";

const matches = (text: string, phrase: string) => containsPhrase(normalizeWords(text), phrase);

describe("watched phrase matching", () => {
  it.each([
    ["You are STUPID", "stupid"],
    ["you are stuuuupid", "stupid"],
    ["you are s t u p i d", "stupid"],
    ["you are s.t.u.p.i.d!", "stupid"],
    ["you are s-t-u-p-i-d", "stupid"],
    ["Nobody would miss you", "nobody would miss you"],
    ["nobody   would MISS you at all", "nobody would miss you"],
    ["Café idiot", "idiot"],
    ["you are w o r t h l e s s", "worthless"],
    ["you are w.o.r.t.h.l.e.s.s.s", "worthless"],
  ])("finds %j for %j", (text, phrase) => expect(matches(text, phrase)).toBe(true));

  it.each([
    ["I'm in a class on grief", "ass"],
    ["That was a stupidly long day", "stupid"],
    ["nobody would ever miss the bus", "nobody would miss"],
    ["", "stupid"],
  ])("does not find %j for %j", (text, phrase) => expect(matches(text, phrase)).toBe(false));
});
