import { describe, expect, it } from "vitest";
import { durationInWords } from "@/lib/shared/duration-words";

describe("a wait in words", () => {
  it.each([
    [0, "0 s"],
    [40.4, "40 s"],
    [180, "3 min"],
    [150, "2 min 30 s"],
    [754, "12 min"],
    [3900, "1 h 5 min"],
    [7200, "2 h"],
    [86400, "1 day"],
    [2 * 86400 + 3 * 3600 + 59, "2 days 3 h"],
  ])("%s s is %s", (seconds, words) => {
    expect(durationInWords(seconds)).toBe(words);
  });
});
