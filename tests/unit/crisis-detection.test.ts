// Crisis detection judged on words: the labelled corpora (tests/safety/) and the sentences the
// issue quotes. The aims are the issue's: on our corpus recall ≥ 95 % and false alarms ≤ 5 %; on
// sentences never trained on (held-out/) ≥ 90 % and ≤ 10 %. `npm run eval:crisis` prints them
// per category.
import { describe, expect, it } from "vitest";
import { assessCrisis } from "@/lib/server/safety/crisis/detect-crisis";
import { heldOutCorpora, ownCorpus, type Corpus } from "@/tests/safety/load-corpora";

function measure(corpus: Corpus) {
  const positives = corpus.items.filter((item) => item.label === "crisis");
  const negatives = corpus.items.filter((item) => item.label === "not_crisis");
  const flagged = (items: typeof positives) => items.filter((item) => assessCrisis(item.text).crisis).length;
  return {
    recall: flagged(positives) / positives.length,
    falseAlarms: flagged(negatives) / negatives.length,
  };
}

describe("crisis detection", { timeout: 120_000 }, () => {
  it("meets the aims on the corpus written with the rules", () => {
    const { recall, falseAlarms } = measure(ownCorpus());
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  });

  it.each(heldOutCorpora().map((corpus) => [corpus.name, corpus] as const))(
    "meets the aims on sentences it never trained on: %s",
    (_name, corpus) => {
      const { recall, falseAlarms } = measure(corpus);
      expect(recall).toBeGreaterThanOrEqual(0.9);
      expect(falseAlarms).toBeLessThanOrEqual(0.1);
    },
  );

  it.each([
    "honestly I want to end it all tonight",
    "I don't want to exist anymore",
    "I bought a rope today and I know what it's for",
    "i just want to kms",
    "been thinking about unaliving myself",
    "I've started giving my things away, I won't need them soon",
    "this time I'm really going to do it, goodbye everyone",
  ])("catches %j", (text) => expect(assessCrisis(text).crisis).toBe(true));

  it.each([
    "we watched a documentary about suicide prevention in class",
    "I used to hurt myself years ago but I've been safe for three years now",
    "this traffic is killing me",
    "I'd kill for a coffee",
    "I'm dying to see it",
    "I overdosed on chocolate",
    "my brother said he wants to die, how do I help him",
  ])("does not alarm on %j", (text) => expect(assessCrisis(text).crisis).toBe(false));

  it("says why: every hit names the rule, and the model names its words", () => {
    const { matches } = assessCrisis("I took all my pills tonight");
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) {
      expect(match.rule).toMatch(/^[a-z-]+(\.[a-z-]+)?$/);
      expect(match.describe.length).toBeGreaterThan(5);
    }
    expect(matches.map((match) => match.rule)).toContain("means.pills-taken");
  });

  it("reads misspelled, spaced and run-together words", () => {
    for (const text of [
      "i w a n t  t o  d i e",
      "wanttodie",
      "k.i.l.l myself",
      "im so suicidle",
      "i want to d1e",
    ])
      expect(assessCrisis(text).crisis, text).toBe(true);
  });

  it("does not read an id pasted into a message as words, and still reads leetspeak", () => {
    // Read as leetspeak, "d1e0" spelled "die": about one random uuid in 800 raised an alarm.
    for (const text of [
      "Waiting 3f9c2a71-d1e0-4b6e-9a3d-0c5e7f1b2d44",
      "my order number is 5e1fd1e0a9 and it still has not come",
      "ticket d1e0c4a7b2, can someone look?",
    ])
      expect(assessCrisis(text).crisis, text).toBe(false);
    for (const text of ["i want to d1e", "i wanna k1ll myself", "better off d34d"])
      expect(assessCrisis(text).crisis, text).toBe(true);
  });

  it("reads a message the same way every time it comes", () => {
    // Words are mended once and remembered: a second reading must not differ from the first.
    const texts = ["im so suicidle", "evrything is too much and i want to dissapear", "see you all tomorow"];
    const first = texts.map((text) => assessCrisis(text));
    expect(texts.map((text) => assessCrisis(text))).toEqual(first);
  });
});
