// The client's address, for limits by address. server.ts works it out once per request (and
// the socket handshake once per connection) and writes it into this header, over any copy the
// client sent, so route handlers and next-auth read it from there.
//
// Behind reverse proxies, X-Forwarded-For is read from the right: each proxy appends the address
// it saw, so only the entries our own proxies wrote can be believed, and the leftmost ones are
// whatever the client chose to send. TRUST_PROXY says how many of those proxies there are (a hop
// count) or which addresses they have (a list, CIDR ranges allowed).
import { BlockList, isIP } from "node:net";
import type { TrustProxy } from "@/lib/env";

export const clientAddressHeader = "x-hearth-client-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

export function clientAddressFrom(headers: HeaderSource): string {
  const value =
    headers instanceof Headers ? headers.get(clientAddressHeader) : headers?.[clientAddressHeader];
  const address = Array.isArray(value) ? value[0] : value;
  return address || "unknown";
}

/** "::ffff:192.0.2.1" (IPv4 seen by an IPv6 socket) is 192.0.2.1. */
function normalize(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

/** Entries of X-Forwarded-For, nearest hop first (the header may come several times). */
function forwardedChain(forwardedFor: string | string[] | undefined): string[] {
  const values = Array.isArray(forwardedFor) ? forwardedFor : forwardedFor ? [forwardedFor] : [];
  return values
    .join(",")
    .split(",")
    .map(normalize)
    .filter((entry) => entry !== "")
    .reverse();
}

export function trustedProxyList(addresses: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of addresses) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address given the connection's own address, the X-Forwarded-For header and
 * TRUST_PROXY. Hops: the entry that many steps to the left of the connection (the first
 * untrusted one). Addresses: walk left while the hop is one of our proxies. An entry that is not
 * an address (only a client could have written it) is never taken: the hop before it is.
 */
export function resolveClientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: TrustProxy,
): string {
  const remote = normalize(remoteAddress ?? "") || "unknown";
  if (trust.kind === "none") return remote;
  const chain = [remote, ...forwardedChain(forwardedFor)];
  let index = 0;
  if (trust.kind === "hops") {
    index = Math.min(trust.hops, chain.length - 1);
  } else {
    const list = trustedProxyList(trust.addresses);
    while (index < chain.length - 1 && isTrusted(list, chain[index] as string)) index++;
  }
  // Never hand out something that is not an address: step back to the nearest hop that is.
  while (index > 0 && isIP(chain[index] as string) === 0) index--;
  return chain[index] as string;
}
