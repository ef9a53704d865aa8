// Signing out in real Chromium ends the session on the server: a second tab holding the same
// cookie is sent to sign in by its open room, and a copy of the cookie opens nothing. "Sign out
// everywhere" in /settings does the same for every device.
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import { createRoom, joinAsMember, password, signedInPerson } from "@/tests/e2e/people";

/** A second browser (another device) signed in as the same person through the form. */
async function secondDevice(browser: Browser, pseudonym: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/signin");
  await page.getByLabel("Pseudonym").fill(pseudonym);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: `Welcome back, ${pseudonym}` })).toBeVisible();
  return page;
}

test("signing out ends the session: its open room goes to sign-in, and a copy of the cookie opens nothing", async ({
  browser,
}) => {
  const { page, pseudonym } = await signedInPerson(browser, "Quiet Finch");
  const room = await createRoom("Sign-out room");
  const tab = await page.context().newPage();
  await joinAsMember(tab, room.slug);
  const copied = await page.context().cookies();

  // Another device of the same person stays signed in throughout.
  const phone = await secondDevice(browser, pseudonym);

  await page.goto("/");
  await expect(page.getByRole("heading", { name: `Welcome back, ${pseudonym}` })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
  ).toBeVisible();

  // The tab with the room open hears session:revoked and goes to the sign-in page by itself.
  await expect(tab).toHaveURL(/\/signin/);
  await expect(tab.getByRole("heading", { name: "Welcome back" })).toBeVisible();

  // Someone who copied the cookie before the sign-out gets nothing with it.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/settings");
  await expect(thiefPage).toHaveURL(/\/signin/);
  expect((await thiefPage.request.get("/api/blocks")).status()).toBe(401);

  await phone.goto("/settings");
  await expect(phone.getByRole("heading", { name: "Settings" })).toBeVisible();
});

test("sign out everywhere in settings ends every device's session", async ({ browser }) => {
  const { page, pseudonym } = await signedInPerson(browser, "Calm Otter");
  const room = await createRoom("Everywhere room");
  const phone = await secondDevice(browser, pseudonym);
  await joinAsMember(phone, room.slug);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(phone).toHaveURL(/\/signin/);

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin/);
  await phone.goto("/settings");
  await expect(phone).toHaveURL(/\/signin/);
});
