// What every page owes a person: a way to crisis help, a usable layout at 375 px, dark mode
// from the system setting, labelled fields.
import { expect, test } from "@playwright/test";

const pages = ["/", "/signup", "/signin", "/recover", "/resources"];

for (const path of pages) {
  test(`${path} links to crisis help and fits a 375 px screen`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    await expect(page.getByRole("link", { name: "Need help now?" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const input of await page.locator("input:not([type=hidden]):not([hidden])").all()) {
      await expect(input).toHaveAccessibleName(/.+/);
    }
  });
}

test("the resources page lists crisis lines and says what Hearth is not", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Need help now?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Need help now?" })).toBeVisible();
  // Without a choice or a browser region, the international directory; every country is one click away.
  await expect(page.getByRole("link", { name: /findahelpline\.com/i }).first()).toBeVisible();
  await page.getByText("Crisis lines in other countries").click();
  for (const line of ["Call 988", "Call 116123", "Call 131114"])
    await expect(page.getByRole("link", { name: line }).first()).toBeVisible();
  await expect(page.getByText(/not therapy, and\s+it is not an emergency service/)).toBeVisible();
});

test("dark mode follows the system setting", async ({ browser }) => {
  const light = await browser.newContext({ colorScheme: "light" });
  const dark = await browser.newContext({ colorScheme: "dark" });
  const background = async (context: typeof light) => {
    const page = await context.newPage();
    await page.goto("/");
    return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  };
  const [lightBackground, darkBackground] = [await background(light), await background(dark)];
  expect(lightBackground).toBe("rgb(251, 248, 243)");
  expect(darkBackground).toBe("rgb(27, 29, 28)");
  await light.close();
  await dark.close();
});

test("the keyboard reaches the form, and focus is visible", async ({ page }) => {
  await page.goto("/signin");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).toBe("solid");
});
