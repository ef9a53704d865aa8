// A redis-server of the fault test's own, on its own port, that the test may stop, freeze and
// restart (the shared Redis is never touched). Nothing is persisted.
import { spawn, type ChildProcess } from "node:child_process";

export interface PrivateRedis {
  url: string;
  /** Ends the server at once (SIGKILL): connections drop, as when Redis crashes. */
  kill(): Promise<void>;
  /** SIGSTOP: the server keeps its connections open and answers nothing, as in a partition. */
  freeze(): void;
  thaw(): void;
  /** Starts it again on the same port (empty). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export async function startPrivateRedis(port: number): Promise<PrivateRedis> {
  let child: ChildProcess | undefined;
  const start = async () => {
    const process_ = spawn(
      "redis-server",
      [
        "--port",
        String(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--protected-mode",
        "no",
      ],
      { stdio: ["ignore", "pipe", "ignore"] },
    );
    child = process_;
    running.add(process_);
    process_.once("exit", () => running.delete(process_));
    // Ready when our own server says so: a probe on the port could be answered by something else
    // holding it, while ours ended at once ("Address already in use").
    await new Promise<void>((resolve, reject) => {
      let output = "";
      const timer = setTimeout(() => fail("did not say it was ready within 10 s"), 10_000);
      const fail = (why: string) => {
        clearTimeout(timer);
        process_.kill("SIGKILL");
        reject(new Error(`redis-server on port ${port} ${why}:\n${output.trim()}`));
      };
      process_.stdout?.on("data", (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-4_000);
        if (output.includes("Ready to accept connections")) {
          clearTimeout(timer);
          process_.removeListener("exit", ended);
          process_.stdout?.removeAllListeners("data");
          process_.stdout?.resume(); // keep reading what it logs later, so it never blocks on a full pipe
          resolve();
        }
      });
      const ended = () => fail("ended as it started");
      process_.once("exit", ended);
    });
  };
  const kill = async () => {
    const current = child;
    if (!current || current.exitCode !== null) return;
    const exited = new Promise((resolve) => current.once("exit", resolve));
    current.kill("SIGCONT");
    current.kill("SIGKILL");
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    kill,
    freeze: () => child?.kill("SIGSTOP"),
    thaw: () => child?.kill("SIGCONT"),
    start,
    stop: kill,
  };
}
