// axe-core checks shared by the browser tests: WCAG 2.0–2.2 A and AA rules, at 375 and 1280 px,
// light and dark, and nothing wider than the screen.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// axe-core, WCAG 2.0–2.2 A and AA rules, on every page at 375 and 1280 px, light and dark.
export const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const looks = [
  { width: 375, height: 812, colorScheme: "light" },
  { width: 375, height: 812, colorScheme: "dark" },
  { width: 1280, height: 900, colorScheme: "light" },
  { width: 1280, height: 900, colorScheme: "dark" },
] as const;

export async function noViolations(page: Page, what: string) {
  for (const look of looks) {
    await page.setViewportSize({ width: look.width, height: look.height });
    await page.emulateMedia({ colorScheme: look.colorScheme });
    const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    const found = results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
    expect(found, `${what} at ${look.width} px, ${look.colorScheme}`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${what} is wider than ${look.width} px`).toBeLessThanOrEqual(0);
  }
}
