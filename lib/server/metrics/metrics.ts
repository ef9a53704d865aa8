// Hearth's figures for Prometheus (prom-client, the Node standard). One registry per process, kept
// on globalThis: server.ts (the socket code) and the Next.js bundle (the API routes) each load
// their own copy of this module, and /metrics must show what both counted. Every label has a
// bounded set of values (an outcome code, a dependency, a kind): never a room, a person or words.
// What each figure means: docs/protocol.md, "Metrics".
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { ErrorCode } from "@/lib/shared/errors";

/** What a request came to: "ok", or the stable code it was refused with. */
export type Outcome = "ok" | ErrorCode;

/** Readings taken when Prometheus asks, from things that live elsewhere in the process. */
export interface LiveSources {
  socketsConnected?: () => number;
  sendAdmission?: () => { inFlight: number; limit: number };
}

function createMetrics() {
  const registry = new Registry();
  const registers = [registry];
  const sources: LiveSources = {};
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    sources,
    sendAckSeconds: new Histogram({
      name: "hearth_send_ack_seconds",
      help: "Time from a message:send arriving to its answer (accepted or refused), in seconds.",
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4.5],
      registers,
    }),
    sends: new Counter({
      name: "hearth_sends_total",
      help: "Sends answered, by outcome: ok, or the refusal's stable code.",
      labelNames: ["outcome"] as const,
      registers,
    }),
    admissionRefused: new Counter({
      name: "hearth_send_admission_refused_total",
      help: "Sends refused at once by admission control (the process had as many in flight as it can answer in time).",
      registers,
    }),
    admissionInFlight: new Gauge({
      name: "hearth_send_admission_in_flight",
      help: "Sends admitted and not yet answered.",
      registers,
      collect() {
        this.set(sources.sendAdmission?.().inFlight ?? 0);
      },
    }),
    admissionLimit: new Gauge({
      name: "hearth_send_admission_limit",
      help: "How many sends may be in flight at once now (measured, or SEND_IN_FLIGHT_LIMIT).",
      registers,
      collect() {
        const admission = sources.sendAdmission?.();
        if (admission) this.set(admission.limit);
      },
    }),
    socketsConnected: new Gauge({
      name: "hearth_sockets_connected",
      help: "Sockets connected to this process.",
      registers,
      collect() {
        this.set(sources.socketsConnected?.() ?? 0);
      },
    }),
    joins: new Counter({
      name: "hearth_joins_total",
      help: "room:join requests answered, by outcome.",
      labelNames: ["outcome"] as const,
      registers,
    }),
    historyReads: new Counter({
      name: "hearth_history_reads_total",
      help: "history requests (older messages) answered, by outcome.",
      labelNames: ["outcome"] as const,
      registers,
    }),
    statementTimeouts: new Counter({
      name: "hearth_database_statement_timeouts_total",
      help: "Database statements cancelled for taking too long (3 s on the server, 3.5 s waiting for an answer).",
      registers,
    }),
    outages: new Counter({
      name: "hearth_dependency_outages_total",
      help: "Times a dependency stopped answering (one per outage, however many requests failed).",
      labelNames: ["dependency"] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const globalKey = Symbol.for("hearth.metrics");
type GlobalWithMetrics = typeof globalThis & { [globalKey]?: Metrics };

export function metrics(): Metrics {
  const holder = globalThis as GlobalWithMetrics;
  holder[globalKey] ??= createMetrics();
  return holder[globalKey];
}

/** Counts one answered socket request, for the requests that have figures of their own. */
export function countSocketRequest(event: string, outcome: Outcome, seconds: number): void {
  const figures = metrics();
  if (event === "message:send") {
    figures.sendAckSeconds.observe(seconds);
    figures.sends.inc({ outcome });
  } else if (event === "room:join") figures.joins.inc({ outcome });
  else if (event === "history") figures.historyReads.inc({ outcome });
}
