// Whether PostgreSQL and Redis are answering, as the code that talks to them last found. An
// outage is logged twice: one warning when it starts and one line when it ends, however many
// requests failed meanwhile (they are counted, not each logged with a stack). Kept on
// globalThis: server.ts and the Next.js bundle load their own copies of this module, and
// /api/health must see what the socket server saw.
import { logger } from "@/lib/server/logger";
import { metrics } from "@/lib/server/metrics/metrics";

export type Dependency = "database" | "redis";

interface DependencyState {
  down: boolean;
  since: number;
  failures: number;
  recovered: Set<() => void>;
}

const globalKey = Symbol.for("hearth.outages");
type GlobalWithOutages = typeof globalThis & { [globalKey]?: Map<Dependency, DependencyState> };

function stateOf(dependency: Dependency): DependencyState {
  const holder = globalThis as GlobalWithOutages;
  const states = (holder[globalKey] ??= new Map());
  let state = states.get(dependency);
  if (!state) {
    state = { down: false, since: 0, failures: 0, recovered: new Set() };
    states.set(dependency, state);
  }
  return state;
}

/** A call to the dependency failed in a way that says it is away (not a bad query). */
export function reportDown(dependency: Dependency, error: unknown): void {
  const state = stateOf(dependency);
  state.failures++;
  if (state.down) return;
  state.down = true;
  state.since = Date.now();
  state.failures = 1;
  metrics().outages.inc({ dependency });
  logger().warn(
    { dependency, reason: error instanceof Error ? error.message : String(error) },
    `${dependency} is not answering; Hearth carries on without it where it can`,
  );
}

/** A call to the dependency succeeded. */
export function reportUp(dependency: Dependency): void {
  const state = stateOf(dependency);
  if (!state.down) return;
  state.down = false;
  logger().warn(
    { dependency, downForMs: Date.now() - state.since, failures: state.failures },
    `${dependency} answers again`,
  );
  for (const listener of state.recovered) listener();
}

export function isDown(dependency: Dependency): boolean {
  return stateOf(dependency).down;
}

/** Calls `listener` each time the dependency answers again after an outage; returns an unsubscribe. */
export function onRecovered(dependency: Dependency, listener: () => void): () => void {
  const state = stateOf(dependency);
  state.recovered.add(listener);
  return () => state.recovered.delete(listener);
}
