// `npm run eval:crisis [-- options] [file.json …]`: recall and false alarms of crisis detection per
// category on every labelled corpus in tests/safety/ (and any extra file of
// [{ text, label: "crisis" | "not_crisis", category }]). The model was trained on the corpora in
// tests/safety/, so these figures are in-sample; `npm run train:crisis -- --cv` gives the
// cross-validated ones. Options: `--misses` lists what went wrong, `--rules` judges by the rules
// alone, `--only <name part>` limits the corpora. `--verdicts` prints instead every sentence's whole
// assessment (crisis or not, each rule and the words it matched, the model's score), one line each:
// a change to screening that must keep every verdict is checked by diffing this before and after.
import { assessCrisis, rulesVerdict } from "@/lib/server/safety/crisis/detect-crisis";
import { normalizeForCrisis } from "@/lib/server/safety/crisis/normalize-text";
import { readRules } from "@/lib/server/safety/crisis/read-rules";
import { heldOutCorpora, readCorpusFile, trainingCorpora, type Corpus } from "@/tests/safety/load-corpora";

const args = process.argv.slice(2);
const showMisses = args.includes("--misses");
const rulesOnly = args.includes("--rules");
const printVerdicts = args.includes("--verdicts");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const files = args.filter((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--only");

const corpora: Corpus[] = [...trainingCorpora(), ...heldOutCorpora(), ...files.map(readCorpusFile)].filter(
  (corpus) => !only || corpus.name.includes(only),
);

function judge(text: string): { crisis: boolean; why: string[] } {
  if (!rulesOnly) {
    const assessment = assessCrisis(text);
    return { crisis: assessment.crisis, why: assessment.matches.map((match) => match.rule) };
  }
  const normalized = normalizeForCrisis(text);
  const matches = rulesVerdict(normalized, readRules(normalized));
  return { crisis: matches.length > 0, why: matches.map((match) => match.rule) };
}

if (printVerdicts) {
  for (const corpus of corpora)
    for (const item of corpus.items)
      console.log(`${corpus.name}\t${JSON.stringify(item.text)}\t${JSON.stringify(assessCrisis(item.text))}`);
  process.exit(0);
}

const percent = (part: number, whole: number) =>
  whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`;
let allPositives = 0;
let allCaught = 0;
let allNegatives = 0;
let allAlarms = 0;

for (const corpus of corpora) {
  console.log(`\n${corpus.name}: ${corpus.items.length} sentences`);
  const rows = new Map<string, { label: string; total: number; flagged: number; misses: string[] }>();
  for (const item of corpus.items) {
    const verdict = judge(item.text);
    const key = `${item.label}/${item.category}`;
    const row = rows.get(key) ?? { label: item.label, total: 0, flagged: 0, misses: [] };
    row.total += 1;
    if (verdict.crisis) row.flagged += 1;
    if (verdict.crisis !== (item.label === "crisis"))
      row.misses.push(`${item.text}${verdict.why.length ? `  ← ${verdict.why.join(", ")}` : ""}`);
    rows.set(key, row);
  }
  let positives = 0;
  let caught = 0;
  let negatives = 0;
  let alarms = 0;
  for (const [key, row] of [...rows.entries()].sort()) {
    const measure =
      row.label === "crisis"
        ? `recall ${percent(row.flagged, row.total)}`
        : `false alarms ${percent(row.flagged, row.total)}`;
    console.log(`  ${key.padEnd(42)}${String(row.total).padStart(5)}   ${measure}`);
    if (row.label === "crisis") {
      positives += row.total;
      caught += row.flagged;
    } else {
      negatives += row.total;
      alarms += row.flagged;
    }
    if (showMisses) for (const miss of row.misses) console.log(`      ✗ ${miss}`);
  }
  console.log(
    `  overall: recall ${percent(caught, positives)} (${caught}/${positives}), false alarms ${percent(alarms, negatives)} (${alarms}/${negatives})`,
  );
  allPositives += positives;
  allCaught += caught;
  allNegatives += negatives;
  allAlarms += alarms;
}
console.log(
  `\nall corpora: recall ${percent(allCaught, allPositives)}, false alarms ${percent(allAlarms, allNegatives)}${rulesOnly ? " (rules alone)" : ""}`,
);
