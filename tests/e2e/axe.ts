// axe-core checks shared by the browser tests: WCAG 2.0–2.2 A and AA rules, at 375 and 1280 px,
// light and dark, and nothing wider than the screen.
import axe from "axe-core";
import { expect, type Page } from "@playwright/test";

export const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const looks = [
  { width: 375, height: 812, colorScheme: "light" },
  { width: 375, height: 812, colorScheme: "dark" },
  { width: 1280, height: 900, colorScheme: "light" },
  { width: 1280, height: 900, colorScheme: "dark" },
] as const;

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

/**
 * What axe-core finds against the WCAG rules on the page as it is now, as "rule: where" lines.
 * axe-core is put into the page once and run there. @axe-core/playwright's analyze() instead
 * evaluates the whole 500 KB library two or three times per run and opens a blank page (a new
 * renderer process) to gather results for frames from other origins, which Hearth's pages never
 * hold: measured on two loaded cores, 2–6 s per run against 0.2–0.9 s, with the same findings.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const results = await window.axe!.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  }, wcag);
  return violations.map((violation) => `${violation.id}: ${violation.targets.join(", ")}`);
}

export async function noViolations(page: Page, what: string) {
  for (const look of looks) {
    await page.setViewportSize({ width: look.width, height: look.height });
    await page.emulateMedia({ colorScheme: look.colorScheme });
    expect(await axeViolations(page), `${what} at ${look.width} px, ${look.colorScheme}`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${what} is wider than ${look.width} px`).toBeLessThanOrEqual(0);
  }
}
