// The safety tour: offered calmly right after sign-up (never in the way), skippable, and always
// reachable from the resources page.
import { expect, test } from "@/tests/e2e/test";

test("a new member is offered the safety tour, can take it step by step, and finds it again later", async ({
  page,
}) => {
  await page.goto("/signup");
  const pseudonym = `Tour ${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 6)}`;
  await page.getByLabel("Pseudonym").fill(pseudonym);
  await page.getByLabel("Password").fill("lantern meadow quietly");
  await page.getByRole("button", { name: "Create my account" }).click();
  await page.getByLabel("I have saved my recovery code somewhere safe.").check();
  await page.getByRole("button", { name: "Continue to Hearth" }).click();

  const offer = page.getByRole("complementary", { name: "Safety tour" });
  await expect(offer).toBeVisible();
  await offer.getByRole("link", { name: "Take the tour" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How Hearth keeps you safe" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Moderators keep each room safe" })).toBeVisible();
  for (const title of [
    "When you report a message",
    "If you are struggling, help is private to you",
    "You can just listen",
    "Blocking and muting",
  ]) {
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByRole("heading", { name: title })).toBeFocused();
  }
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("link", { name: "Done" }).click();
  // The offer is made once.
  await expect(page.getByRole("complementary", { name: "Safety tour" })).toHaveCount(0);

  await page.goto("/resources");
  await page.getByRole("link", { name: "Take the one-minute safety tour" }).click();
  await page.getByRole("link", { name: "Skip the tour" }).click();
  await expect(page).toHaveURL(/\/resources$/);
});

test("the tour never sends people off the site", async ({ page }) => {
  await page.goto("/tour?next=//evil.example");
  await expect(page.getByRole("link", { name: "Skip the tour" })).toHaveAttribute("href", "/rooms");
});
