// What bench:chat prints: each run's figures for Hearth beside the floor and bare, with their
// ratios; whether every acked message was stored; a join storm's figures; CPU per message.
import type { JoinStormResult } from "@/scripts/bench/join-storm";
import type { LoadResult } from "@/scripts/bench/chat-load";

/** What a load run prints, row by row. */
const loadFigures: [string, (result: LoadResult) => number][] = [
  ["sent", (result) => result.sent],
  ["acked", (result) => result.acked],
  ["failed", (result) => result.failed],
  ["  of which timeouts", (result) => result.timeouts],
  ["refusal p50 ms", (result) => result.refusedMs.p50],
  ["refusal p99 ms", (result) => result.refusedMs.p99],
  ["refusal max ms", (result) => result.refusedMs.max],
  ["deliveries expected", (result) => result.expectedDeliveries],
  ["delivered", (result) => result.delivered],
  ["lost", (result) => result.lost],
  ["duplicated", (result) => result.duplicated],
  ["delivered, not acked", (result) => result.deliveredUnacked],
  ["send→ack p50 ms", (result) => result.ackMs.p50],
  ["send→ack p95 ms", (result) => result.ackMs.p95],
  ["send→ack p99 ms", (result) => result.ackMs.p99],
  ["send→ack max ms", (result) => result.ackMs.max],
  ["send→received p50 ms", (result) => result.receiveMs.p50],
  ["send→received p95 ms", (result) => result.receiveMs.p95],
  ["send→received p99 ms", (result) => result.receiveMs.p99],
  ["send→received max ms", (result) => result.receiveMs.max],
  ["messages/s (acked)", (result) => result.messagesPerSecond],
];

export function report(hearth: LoadResult, baseline: LoadResult | undefined, floorResult?: LoadResult) {
  printTable(
    loadFigures.map(([name, figure]) => [
      name,
      figure(hearth),
      baseline && figure(baseline),
      floorResult && figure(floorResult),
    ]),
  );
  if (hearth.failed > 0) console.log(`failures by code: ${JSON.stringify(hearth.codes)}`);
  console.log("");
}

/**
 * Every acked message must be stored. One stored but not acked is allowed only when its answer
 * was `unavailable` past the answer deadline (the protocol says it may then have been stored;
 * its resend with the same clientId is stored once).
 */
export function reportStored(name: string, results: LoadResult[], stored: Set<string>) {
  const acked = results.flatMap((result) => result.ackedClientIds);
  const missing = acked.filter((id) => !stored.has(id)).length;
  const ackedSet = new Set(acked);
  const unacked = [...stored].filter((id) => !ackedSet.has(id)).length;
  console.log(
    `${name}: ${acked.length} acked (with the warm-up), ${stored.size} stored: ${missing === 0 ? "every acked message stored" : `${missing} ACKED BUT NOT STORED`}${unacked ? `; ${unacked} stored though not acked (answered unavailable past the deadline, as the protocol allows)` : ""}`,
  );
}

export function reportJoinStorm(hearth: JoinStormResult, baseline: JoinStormResult, memberships: number) {
  const rows: [string, number, number][] = [
    ["joins", hearth.joins, baseline.joins],
    ["answered ok", hearth.ok, baseline.ok],
    ["refused", hearth.failed, baseline.failed],
    ["join p50 ms", hearth.joinMs.p50, baseline.joinMs.p50],
    ["join p95 ms", hearth.joinMs.p95, baseline.joinMs.p95],
    ["join p99 ms", hearth.joinMs.p99, baseline.joinMs.p99],
    ["all answered ms", hearth.allAnsweredMs, baseline.allAnsweredMs],
  ];
  printTable(rows);
  if (hearth.failed > 0) console.log(`refusals by code: ${JSON.stringify(hearth.codes)}`);
  console.log(
    `\nmemberships in PostgreSQL: ${memberships} (joins answered ok ${hearth.ok}${memberships === hearth.ok ? ", each stored" : ", MISMATCH"})`,
  );
}

/** Microseconds of CPU per acked message over the timed part, for each server and what served it. */
export function reportCpu(results: [string, LoadResult | undefined][]) {
  console.log("\nCPU per acked message (µs; user + system from /proc over the timed part and its drain):");
  const perMessage = (result: LoadResult, part: string) => {
    const seconds = result.cpuSeconds[part];
    return seconds === undefined || result.acked === 0 ? undefined : (seconds * 1e6) / result.acked;
  };
  const cell = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(0)).padStart(16);
  console.log(
    `${"".padEnd(10)}${["server", "postgres", "server+postgres", "load generator", "server cores"].map((title) => title.padStart(16)).join("")}`,
  );
  const serverOf: Record<string, number | undefined> = {};
  for (const [name, result] of results) {
    if (!result) continue;
    const server = perMessage(result, "server");
    const postgres = perMessage(result, "postgres");
    serverOf[name] = server;
    const seconds = (result.acked / result.messagesPerSecond || 1) + 2; // timed part and its drain
    console.log(
      `${name.padEnd(10)}${cell(server)}${cell(postgres)}${cell(server === undefined ? undefined : server + (postgres ?? 0))}${cell(perMessage(result, "load generator"))}${((result.cpuSeconds.server ?? 0) / seconds).toFixed(2).padStart(16)}`,
    );
  }
  if (serverOf.hearth !== undefined && serverOf.floor !== undefined)
    console.log(
      `hearth's process / the floor's: ${(serverOf.hearth / serverOf.floor).toFixed(2)}× (aim ≤ 3×)`,
    );
}

/** One round of --rounds: Hearth, then the floor and bare under the same load. */
export interface Round {
  hearth: LoadResult;
  floor?: LoadResult;
  bare?: LoadResult;
}

/** Each round's ratios to the floor (bare without it), then their medians: what --rounds is for. */
export function reportRounds(rounds: Round[]) {
  const cpu = (result: LoadResult | undefined) =>
    result && result.acked > 0 && result.cpuSeconds.server !== undefined
      ? result.cpuSeconds.server / result.acked
      : undefined;
  const against = rounds.every((round) => round.floor) ? "floor" : "bare";
  const figures: [string, (result: LoadResult) => number | undefined, string][] = [
    ["send→ack p50", (result) => result.ackMs.p50, "aim ≤ 4× the floor"],
    ["send→received p99", (result) => result.receiveMs.p99, "aim ≤ 5× the floor"],
    ["messages/s (acked)", (result) => result.messagesPerSecond, "at saturation: aim ≥ 0.4× the floor"],
    ["server CPU per message", cpu, "aim ≤ 3× the floor"],
  ];
  console.log(`hearth / ${against}, round by round, and the median:`);
  console.log(
    `${"".padEnd(24)}${rounds.map((_, index) => `round ${index + 1}`.padStart(10)).join("")}${"median".padStart(10)}`,
  );
  for (const [name, figure, aim] of figures) {
    const ratios = rounds.map((round) => {
      const ours = figure(round.hearth);
      const theirs = figure((against === "floor" ? round.floor : round.bare) as LoadResult);
      return ours === undefined || theirs === undefined || theirs === 0 ? Number.NaN : ours / theirs;
    });
    console.log(
      `${name.padEnd(24)}${ratios.map((ratio) => ratio.toFixed(2).padStart(10)).join("")}${median(ratios).toFixed(2).padStart(10)}   (${aim})`,
    );
  }
}

/** The middle value (the lower middle for an even count: use an odd one), NaN ignored. */
export function median(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
}

/** One round of --overload: Hearth's saturation, then twice that offered. */
export interface OverloadRound {
  saturation: LoadResult;
  overloaded: LoadResult;
}

const overloadShare = ({ saturation, overloaded }: OverloadRound) =>
  overloaded.messagesPerSecond / saturation.messagesPerSecond;

export function overloadLine(round: OverloadRound): string {
  const { overloaded } = round;
  return `acked under 2× offered: ${overloaded.messagesPerSecond.toFixed(0)} msg/s = ${(100 * overloadShare(round)).toFixed(0)} % of saturation (aim ≥ 90 %); refused ${overloaded.failed - overloaded.timeouts} (p99 ${overloaded.refusedMs.p99.toFixed(1)} ms, max ${overloaded.refusedMs.max.toFixed(1)} ms; aim ≤ 100 ms), ack timeouts ${overloaded.timeouts}`;
}

/** Each --overload round's figures against their aims, then their medians. */
export function reportOverloadRounds(rounds: OverloadRound[]) {
  const figures: [string, (round: OverloadRound) => number, (value: number) => string, string][] = [
    ["acked, % of saturation", overloadShare, (share) => `${(100 * share).toFixed(0)} %`, "aim ≥ 90 %"],
    ["refusal p99 ms", (round) => round.overloaded.refusedMs.p99, (ms) => ms.toFixed(1), "aim ≤ 100 ms"],
    ["ack timeouts", (round) => round.overloaded.timeouts, String, "aim 0"],
  ];
  console.log("overload, round by round, and the median:");
  console.log(
    `${"".padEnd(24)}${rounds.map((_, index) => `round ${index + 1}`.padStart(10)).join("")}${"median".padStart(10)}`,
  );
  for (const [name, figure, format, aim] of figures) {
    const values = rounds.map(figure);
    console.log(
      `${name.padEnd(24)}${values.map((value) => format(value).padStart(10)).join("")}${format(median(values)).padStart(10)}   (${aim})`,
    );
  }
}

/** Hearth beside the floor (when measured) and bare, with Hearth's ratio to each and the floor's to bare. */
function printTable(rows: [string, number, number | undefined, number?][]) {
  const format = (value: number | undefined) =>
    value === undefined ? "" : Number.isInteger(value) ? String(value) : value.toFixed(2);
  const ratio = (ours: number | undefined, theirs: number | undefined) =>
    ours === undefined || theirs === undefined
      ? ""
      : theirs === 0
        ? ours === 0
          ? "—"
          : "∞"
        : (ours / theirs).toFixed(2);
  const withFloor = rows.some((row) => row[3] !== undefined);
  const columns = (cells: string[]) => cells.map((cell) => cell.padStart(12)).join("");
  console.log(
    `${"".padEnd(24)}${columns(["hearth", ...(withFloor ? ["floor"] : []), "bare", ...(withFloor ? ["hearth/floor", "floor/bare"] : ["hearth/bare"])])}`,
  );
  for (const [name, ours, theirs, floorValue] of rows)
    console.log(
      `${name.padEnd(24)}${columns([
        format(ours),
        ...(withFloor ? [format(floorValue)] : []),
        format(theirs),
        ...(withFloor ? [ratio(ours, floorValue), ratio(floorValue, theirs)] : [ratio(ours, theirs)]),
      ])}`,
    );
}
