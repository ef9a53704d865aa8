import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, runtimeSecurityHeaders } from "@/lib/server/http/security-headers";

describe("security headers", () => {
  it("gives pages a nonce-based CSP with strict-dynamic and the socket's address", () => {
    const csp = contentSecurityPolicy({ origin: "http://localhost:3000", nonce: "abc123", kind: "page" });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    for (const directive of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "connect-src 'self' ws://localhost:3000",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("over https: wss for the socket, HSTS and upgrade-insecure-requests", () => {
    const headers = runtimeSecurityHeaders({ origin: "https://hearth.example", nonce: "n", kind: "page" });
    expect(headers["content-security-policy"]).toContain("connect-src 'self' wss://hearth.example");
    expect(headers["content-security-policy"]).toContain("upgrade-insecure-requests");
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("no HSTS over plain http (a browser would ignore it, and localhost must stay reachable)", () => {
    expect(
      runtimeSecurityHeaders({ origin: "http://localhost:3000", nonce: "n", kind: "page" }),
    ).not.toHaveProperty("strict-transport-security");
  });

  it("gives the API a CSP that allows nothing at all", () => {
    expect(contentSecurityPolicy({ origin: "https://hearth.example", kind: "api" })).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it("allows eval only in development (React's error overlay)", () => {
    expect(
      contentSecurityPolicy({ origin: "http://localhost:3000", nonce: "n", kind: "page", development: true }),
    ).toContain("'unsafe-eval'");
  });
});
