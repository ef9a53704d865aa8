// Loaded into a test's Hearth process (NODE_OPTIONS="--expose-gc --import …"): on SIGUSR2 it
// collects garbage and writes process.memoryUsage() to HEARTH_MEMORY_PROBE_FILE, so a test can
// tell memory that is still held from memory V8 simply has not collected yet.
import { writeFileSync } from "node:fs";

process.on("SIGUSR2", () => {
  const collect = globalThis.gc;
  if (typeof collect === "function") {
    collect();
    collect();
  }
  const file = process.env.HEARTH_MEMORY_PROBE_FILE;
  if (file) writeFileSync(file, JSON.stringify({ at: Date.now(), ...process.memoryUsage() }));
});
