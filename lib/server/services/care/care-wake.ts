// How a service tells this process's care worker to look now. The worker runs in server.ts; the
// services also run inside the Next.js bundle (a module copy of its own), so the worker is found
// on globalThis, as the publisher is. Without a worker (scripts, tests) a wake does nothing.
export interface WakeableWorker {
  wake(): void;
}

const globalKey = Symbol.for("hearth.careWorker");
type GlobalWithWorker = typeof globalThis & { [globalKey]?: WakeableWorker };

export function registerCareWorker(worker: WakeableWorker | undefined): void {
  (globalThis as GlobalWithWorker)[globalKey] = worker;
}

export function registeredCareWorker(): WakeableWorker | undefined {
  return (globalThis as GlobalWithWorker)[globalKey];
}

export function wakeCareWorker(): void {
  registeredCareWorker()?.wake();
}
