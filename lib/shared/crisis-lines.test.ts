import { describe, expect, it } from "vitest";
import { crisisRegionCodes, crisisRegions, regionFromLanguages } from "@/lib/shared/crisis-lines";

describe("crisis lines", () => {
  it.each([
    ["en-GB,en;q=0.9", "GB"],
    ["en-US", "US"],
    ["fr-CA,fr;q=0.8", "CA"],
    ["de-DE", "DE"],
    ["de", "DE"],
    ["es", "ES"],
    ["es-MX,es;q=0.9", "ES"],
    ["en-IN", "IN"],
    ["en-NZ", "NZ"],
    ["en-AU", "AU"],
    ["ga-IE", "IE"],
    ["en", "US"],
    ["pt-BR", "INTL"],
    ["", "INTL"],
    [null, "INTL"],
  ] as const)("%j points to %s", (languages, region) => expect(regionFromLanguages(languages)).toBe(region));

  it("lists at least the countries the issue names, each line checked and with its source", () => {
    for (const code of ["US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "ES", "IN", "INTL"])
      expect(crisisRegionCodes).toContain(code);
    for (const code of crisisRegionCodes) {
      const region = crisisRegions[code];
      expect(region.lines.length).toBeGreaterThan(0);
      for (const line of region.lines) {
        expect(line.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(line.source).toMatch(/^https:\/\//);
        expect(line.call ?? line.text?.number ?? line.url).toBeTruthy();
        if (line.call) expect(line.call).toMatch(/^\d+$/);
      }
    }
  });
});
