// Words that name Object.prototype's properties ("constructor", "__proto__", "toString", …)
// are ordinary words in a message: screening must read them, never trip over them.
import { describe, expect, it } from "vitest";
import { assessCrisis } from "@/lib/server/safety/crisis/detect-crisis";

const prototypeWords = [
  ...Object.getOwnPropertyNames(Object.prototype),
  ...Object.getOwnPropertyNames(Array.prototype),
  ...Object.getOwnPropertyNames(String.prototype),
];

describe("crisis screening and prototype words", () => {
  it.each(prototypeWords)("reads %j alone, in a sentence and run together without throwing", (word) => {
    for (const text of [word, `i feel ${word} today`, `${word}${word}`, `${word.toUpperCase()} 1 ${word}!`]) {
      expect(() => assessCrisis(text)).not.toThrow();
    }
  });
});
