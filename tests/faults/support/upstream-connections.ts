// How many open TCP connections a local port has accepted (read from /proc/net/tcp), so a test
// can see which process behind nginx holds a member's WebSocket without asking the process.
import { readFileSync } from "node:fs";

const established = "01";

export function acceptedConnections(port: number): number {
  const portHex = port.toString(16).toUpperCase().padStart(4, "0");
  let count = 0;
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (local?.endsWith(`:${portHex}`) && state === established) count += 1;
    }
  }
  return count;
}
