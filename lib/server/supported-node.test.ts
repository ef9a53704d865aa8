import { describe, expect, it } from "vitest";
import { supportedNodeMajor, unsupportedNodeMessage } from "@/lib/server/supported-node";

describe("the supported Node.js", () => {
  it("refuses Node.js 20 and 22 with words a person can act on", () => {
    expect(unsupportedNodeMessage("20.20.2")).toMatch(/needs Node\.js 24 or newer; this is 20\.20\.2/);
    expect(unsupportedNodeMessage("22.11.0")).toMatch(/npm start/);
  });

  it("takes 24 and newer", () => {
    expect(unsupportedNodeMessage("24.22.3")).toBeUndefined();
    expect(unsupportedNodeMessage("26.1.0")).toBeUndefined();
  });

  it("is what the tests themselves run on", () => {
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(supportedNodeMajor);
  });
});
