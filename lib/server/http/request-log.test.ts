import { describe, expect, it } from "vitest";
import { requestIdFor } from "@/lib/server/http/request-log";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("a request's id", () => {
  it("is the one a proxy gave when it is plain enough to quote and to log", () => {
    expect(requestIdFor("edge-4f2a9c1b")).toBe("edge-4f2a9c1b");
    expect(requestIdFor("  0b8c5e1e-75f3-4f0e-9a51-0d3b2f1d6c11 ")).toBe(
      "0b8c5e1e-75f3-4f0e-9a51-0d3b2f1d6c11",
    );
  });

  it("is a fresh UUID otherwise: none given, several, too short, too long, or with other characters", () => {
    for (const given of [
      undefined,
      ["edge-4f2a9c1b", "edge-4f2a9c1c"],
      "short",
      "x".repeat(101),
      'quote"d-id-123',
      "with spaces in it",
      "line\nbreak-12345",
      "ünïcode-12345",
    ])
      expect(requestIdFor(given), JSON.stringify(given)).toMatch(uuid);
  });
});
