import { normalizeForCrisis } from "@/lib/server/safety/crisis/normalize-text";
import { readRules } from "@/lib/server/safety/crisis/read-rules";
import { scoreCrisisModel } from "@/lib/server/safety/crisis/model/crisis-model";
import { randomUUID } from "node:crypto";
const texts = Array.from({ length: 3000 }, () => `bench ${randomUUID()}`);
const texts2 = Array.from(
  { length: 3000 },
  (_, i) => `I had a really rough day at work today ${i}, my boss was unfair but talking here helps`,
);
for (const set of [texts, texts, texts2, texts2]) {
  let a = 0,
    b = 0,
    c = 0;
  for (const t of set) {
    const t0 = performance.now();
    const n = normalizeForCrisis(t);
    const t1 = performance.now();
    const r = readRules(n);
    const t2 = performance.now();
    scoreCrisisModel(n, r);
    const t3 = performance.now();
    a += t1 - t0;
    b += t2 - t1;
    c += t3 - t2;
  }
  console.log(
    "µs/call normalize",
    ((a * 1000) / set.length).toFixed(1),
    "rules",
    ((b * 1000) / set.length).toFixed(1),
    "model",
    ((c * 1000) / set.length).toFixed(1),
  );
}
