// X-Forwarded-For read from the right: only what our own proxies wrote is believed.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { resolveClientAddress } from "@/lib/server/http/client-address";

const trust = (value: string) => parseEnv({ TRUST_PROXY: value }).TRUST_PROXY;

describe("resolveClientAddress", () => {
  it.each([
    // [TRUST_PROXY, connection, X-Forwarded-For, client]
    ["false", "203.0.113.9", "198.51.100.1", "203.0.113.9"],
    ["false", "::ffff:203.0.113.9", undefined, "203.0.113.9"],
    ["1", "10.0.0.2", "198.51.100.7", "198.51.100.7"],
    ["true", "10.0.0.2", "198.51.100.7", "198.51.100.7"],
    // The client wrote "1.1.1.1" itself; the proxy appended the address it really saw.
    ["1", "10.0.0.2", "1.1.1.1, 198.51.100.7", "198.51.100.7"],
    ["1", "10.0.0.2", "1.1.1.1, 2.2.2.2, 198.51.100.7", "198.51.100.7"],
    // Two proxies (CDN, then load balancer).
    ["2", "10.0.0.2", "1.1.1.1, 198.51.100.7, 172.16.0.5", "198.51.100.7"],
    // Fewer entries than hops: the farthest one there is.
    ["3", "10.0.0.2", "198.51.100.7", "198.51.100.7"],
    ["1", "10.0.0.2", undefined, "10.0.0.2"],
    // Trusted addresses: walk left past our proxies only.
    ["10.0.0.2", "10.0.0.2", "1.1.1.1, 198.51.100.7", "198.51.100.7"],
    ["10.0.0.0/8, 172.16.0.0/12", "10.0.0.2", "1.1.1.1, 198.51.100.7, 172.16.0.5", "198.51.100.7"],
    // A connection that is not from a proxy of ours: its header is the client's own words.
    ["10.0.0.0/8", "203.0.113.9", "1.1.1.1", "203.0.113.9"],
    // Every entry trusted: the leftmost, as far as we can see.
    ["10.0.0.0/8", "10.0.0.2", "10.0.0.3", "10.0.0.3"],
    ["fd00::/8", "fd00::1", "2001:db8::7", "2001:db8::7"],
    ["::1", "::1", "[2001:db8::7]", "2001:db8::7"],
    // Garbage where an address should be is never taken.
    ["1", "10.0.0.2", "not-an-address", "10.0.0.2"],
    ["2", "10.0.0.2", "evil, 198.51.100.7", "198.51.100.7"],
    ["2", "10.0.0.2", "<script>, 10.0.0.3", "10.0.0.3"],
  ])("TRUST_PROXY=%s, connection %s, X-Forwarded-For %s → %s", (setting, remote, forwarded, expected) => {
    expect(resolveClientAddress(remote, forwarded, trust(setting))).toBe(expected);
  });

  it("reads the header when it comes several times, nearest hop last", () => {
    expect(resolveClientAddress("10.0.0.2", ["1.1.1.1", "198.51.100.7"], trust("1"))).toBe("198.51.100.7");
  });

  it.each(["maybe", "10.0.0.300", "10.0.0.0/33", "11"])("refuses TRUST_PROXY=%s at start", (value) => {
    expect(() => trust(value)).toThrow(/TRUST_PROXY/);
  });
});
