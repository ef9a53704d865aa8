// Every labelled sentence we have: the corpus written with the rules (crisis-corpus-*.ts), the
// corpora written by others without seeing them (corpora/*.json: trained on) and the ones kept
// apart (held-out/*.json: never trained on, never tuned against). Used by the tests, by
// `npm run eval:crisis` and by `npm run train:crisis`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { everydaySentences } from "@/tests/safety/crisis-corpus-negative";
import { crisisSentences } from "@/tests/safety/crisis-corpus-positive";

export interface Labelled {
  text: string;
  label: "crisis" | "not_crisis";
  category: string;
}

export interface Corpus {
  name: string;
  items: Labelled[];
}

export function ownCorpus(): Corpus {
  return {
    name: "written with the rules (tests/safety/crisis-corpus-*.ts)",
    items: [
      ...Object.entries(crisisSentences).flatMap(([category, texts]) =>
        texts.map((text): Labelled => ({ text, label: "crisis", category })),
      ),
      ...Object.entries(everydaySentences).flatMap(([category, texts]) =>
        texts.map((text): Labelled => ({ text, label: "not_crisis", category })),
      ),
    ],
  };
}

export function readCorpusFile(file: string): Corpus {
  const items = JSON.parse(readFileSync(file, "utf8")) as Labelled[];
  return { name: path.relative(process.cwd(), file), items };
}

function corporaIn(folderName: string): Corpus[] {
  const folder = path.resolve(import.meta.dirname, folderName);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => readCorpusFile(path.join(folder, name)));
}

/** What the model is trained on. */
export function trainingCorpora(): Corpus[] {
  return [ownCorpus(), ...corporaIn("corpora")];
}

/** Written by others without seeing the rules, and never trained on: the honest measure. */
export function heldOutCorpora(): Corpus[] {
  return corporaIn("held-out").map((corpus) => ({ ...corpus, name: `${corpus.name} (held out)` }));
}
