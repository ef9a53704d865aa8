// Benchmarks need a quiet machine: runs taken while other builds and tests shared the two cores
// put the durable floor at 3× bare Socket.IO; on a quiet machine it is 1.0× (docs/performance.md).
// So a run starts only when the load average is at most 1.5, nothing else is building or testing,
// and no other benchmark holds the machine. `--allow-busy` runs anyway, for development only, and
// says loudly that its figures are not to be compared or recorded.
import { closeSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";

export const quietLoad = 1.5;
/** One lock for every checkout on the machine: only one benchmark runs at a time. */
const lockFile = path.join(tmpdir(), "hearth-bench.lock");

export function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(" ");
}

/** Commands that build or test: while one runs, the machine is not quiet. */
const busyCommands =
  /next[ -]build|\bvitest\b|playwright|\btsc\b|\beslint\b|\bprettier\b|test-all|test-faults|bench-chat|npm (ci|install|test)\b/;

/** Other processes on the machine building, testing or benchmarking now (not this one's own). */
export function busyProcesses(): string[] {
  const own = new Set([process.pid, process.ppid]);
  const found: string[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || own.has(pid)) continue;
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      if (busyCommands.test(command) && !isAncestor(pid)) found.push(`${pid} ${command.slice(0, 120)}`);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/** Whether the process is this one's parent's parent or further up (npm run, the shell). */
function isAncestor(pid: number): boolean {
  let current = process.ppid;
  for (let depth = 0; depth < 10 && current > 1; depth++) {
    if (current === pid) return true;
    try {
      const stat = readFileSync(`/proc/${current}/stat`, "utf8");
      current = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Waits up to `waitSeconds` for the machine to be quiet (the load of a previous run takes a minute
 * or two to fall), then refuses to run — or, with `allowBusy`, runs with a loud warning. Holds the
 * machine-wide benchmark lock until this process exits.
 */
export async function claimQuietMachine(options: { allowBusy: boolean; waitSeconds: number }): Promise<void> {
  takeLock();
  const deadline = Date.now() + options.waitSeconds * 1000;
  for (;;) {
    const load = loadavg()[0] as number;
    const busy = busyProcesses();
    if (load <= quietLoad && busy.length === 0) return;
    const why = [
      ...(load > quietLoad ? [`load average ${loadAverage()} (above ${quietLoad})`] : []),
      ...busy.map((line) => `busy: ${line}`),
    ];
    if (options.allowBusy) {
      console.log(
        [
          "",
          "!!! --allow-busy: THIS MACHINE IS NOT QUIET. THESE FIGURES ARE NOT COMPARABLE WITH ANY OTHER RUN !!!",
          "!!! AND ARE NOT TO BE RECORDED AS RESULTS (development only: compare CPU per message, A/B).     !!!",
          ...why.map((line) => `    ${line}`),
          "",
        ].join("\n"),
      );
      return;
    }
    if (Date.now() >= deadline) {
      console.error(
        `The machine is not quiet, so this benchmark would measure the other work, not Hearth:\n${why
          .map((line) => `  ${line}`)
          .join(
            "\n",
          )}\nWait until nothing else builds or tests and the load average is at most ${quietLoad}, then run it again.\n(--allow-busy runs anyway, for development only; its figures are not to be recorded.)`,
      );
      process.exit(2);
    }
    console.log(`waiting for a quiet machine: ${why.join("; ")}`);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
}

function takeLock(): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = openSync(lockFile, "wx");
      writeSync(handle, String(process.pid));
      closeSync(handle);
      process.once("exit", () => {
        try {
          if (readFileSync(lockFile, "utf8") === String(process.pid)) unlinkSync(lockFile);
        } catch {
          // already gone
        }
      });
      return;
    } catch {
      const holder = Number(readFileSync(lockFile, "utf8").trim());
      if (holder && isAlive(holder)) {
        console.error(
          `Another benchmark (process ${holder}) is running on this machine: only one runs at a time. Wait for it to finish.`,
        );
        process.exit(2);
      }
      unlinkSync(lockFile); // left by a benchmark that died
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
