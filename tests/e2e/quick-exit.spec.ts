// "Leave quickly": the button and Escape pressed three times replace Hearth with a neutral site,
// and Back does not bring Hearth back.
import { type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";

const neutral = "https://www.bbc.com/weather";

async function stubNeutralSite(page: Page) {
  // No network here: the neutral site answers from the test.
  await page.route(`${neutral}**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" }),
  );
}

test("the Leave quickly button replaces the page with a neutral site", async ({ page }) => {
  await stubNeutralSite(page);
  await page.goto("/rooms");
  await page.getByRole("button", { name: "Leave quickly" }).click();
  await page.waitForURL(`${neutral}**`);
  await expect(page.getByRole("heading", { name: "Weather" })).toBeVisible();
  // The page was replaced, not pushed: Back goes to where the person was before Hearth.
  await page.goBack();
  expect(page.url()).not.toContain("/rooms");
});

test("Escape pressed three times leaves, from any page, even inside a form", async ({ page }) => {
  await stubNeutralSite(page);
  await page.goto("/signin");
  await page.getByLabel("Pseudonym").fill("someone");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  expect(page.url()).toContain("/signin");
  await page.keyboard.press("Escape");
  await page.waitForURL(`${neutral}**`);
});

test("Escape pressed now and then does not leave", async ({ page }) => {
  await page.goto("/resources");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(2_100);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { name: "Leaving quickly" })).toBeVisible();
  expect(page.url()).toContain("/resources");
});

test("the resources page explains leaving quickly, and every page offers it", async ({ page }) => {
  for (const path of ["/", "/signup", "/signin", "/recover", "/rooms", "/resources"]) {
    await page.goto(path);
    await expect(page.getByRole("button", { name: "Leave quickly" })).toBeVisible();
  }
  await expect(page.getByText(/press Escape three times/)).toBeVisible();
});
