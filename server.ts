// Hearth's one process: Next.js and Socket.IO on one HTTP server (see lib/server/start-server.ts).
import { unsupportedNodeMessage } from "@/lib/server/supported-node";
import { EnvError } from "@/lib/env";
import { startHearth } from "@/lib/server/start-server";

// If whoever started Hearth goes away, writing to its closed pipe must not take Hearth down
// or keep it busy: output is best effort.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});

// The benchmark's memory mode (scripts/bench/idle-memory.ts) starts Hearth with --expose-gc: then
// SIGUSR2 collects garbage and prints what the process holds. Without the flag, nothing listens.
const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (collectGarbage)
  process.on("SIGUSR2", () => {
    collectGarbage();
    console.log(`MEMORY ${JSON.stringify(process.memoryUsage())}`);
  });

const unsupported = unsupportedNodeMessage();
if (unsupported) {
  console.error(unsupported);
  process.exit(1);
}

/** Shutdown answers what is in flight and exits within 10 s (docs/decisions/0015); past this it exits anyway. */
const shutdownDeadlineMs = 9_500;

try {
  const hearth = await startHearth();
  if (hearth.demoAdmin) {
    console.log(
      [
        "",
        "  Hearth is running at " + hearth.url,
        "  A demo admin was created (shown only this once):",
        `    pseudonym: ${hearth.demoAdmin.pseudonym}`,
        `    password:  ${hearth.demoAdmin.password}`,
        "",
      ].join("\n"),
    );
  } else {
    console.log(`\n  Hearth is running at ${hearth.url}\n`);
  }
  let signals = 0;
  const stop = (signal: string) => {
    if (++signals > 1) process.exit(1);
    console.log(`\n  ${signal}: Hearth is shutting down…`);
    setTimeout(() => {
      console.error("  Hearth did not finish shutting down in time; exiting now.");
      process.exit(1);
    }, shutdownDeadlineMs).unref();
    hearth.close().then(
      () => {
        console.log("  Hearth has stopped.");
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
