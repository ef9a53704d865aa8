// A room on a phone (375 × 812, touch): the header folds into a menu, Enter starts a new line and
// Send sends, the composer stays pinned, new messages scroll into view (or wait behind "N new
// messages"), and each message keeps its reactions and actions behind one small menu.
import { type Browser } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import {
  conversation,
  createRoom,
  joinAsMember,
  password,
  say,
  seedMessages,
  signedInPerson,
  appOrigin,
} from "@/tests/e2e/people";

async function personOnAPhone(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const pseudonym = `Pia ${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 6)}`;
  expect(
    (
      await page.request.post("/api/signup", {
        data: { pseudonym, password },
        headers: { origin: appOrigin() },
      })
    ).status(),
  ).toBe(201);
  await page.goto("/signin");
  await page.getByLabel("Pseudonym").fill(pseudonym);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  return { page, pseudonym };
}

const inView = (box: { y: number; height: number } | null) =>
  box !== null && box.y >= 0 && box.y + box.height <= 812;

test("a room made for a phone", async ({ browser }) => {
  const room = await createRoom("Phone");
  const ada = await signedInPerson(browser, "Ada");
  await joinAsMember(ada.page, room.slug);
  await seedMessages(room.slug, ada.pseudonym, 30);
  const pia = await personOnAPhone(browser);
  const page = pia.page;

  // The header is one row: Hearth, help, and a menu.
  const menuButton = page.getByRole("button", { name: "Menu" });
  await expect(menuButton).toBeVisible();
  await expect(page.getByRole("link", { name: "Need help now?" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rooms" }),
  ).toBeHidden();
  const header = await page.locator("header").first().boundingBox();
  expect(header?.height).toBeLessThan(80);
  await menuButton.click();
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rooms" }),
  ).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");

  await joinAsMember(page, room.slug);
  const composer = page.getByRole("textbox", { name: "Message", exact: true });

  // Enter starts a new line; Send sends.
  await composer.click();
  await page.keyboard.type("First line");
  await page.keyboard.press("Enter");
  await page.keyboard.type("second line");
  await expect(composer).toHaveValue("First line\nsecond line");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("article", { name: /^Your message at/ })).toContainText("First line");
  await expect(composer).toHaveValue("");

  // The composer stays on screen wherever the person reads.
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(inView(await composer.boundingBox())).toBe(true);

  // Reading near the top: new messages wait behind a button that takes the person there.
  await say(ada.page, "Are you still there?");
  await say(ada.page, "Take your time.");
  const newMessages = page.getByRole("button", { name: "2 new messages" });
  await expect(newMessages).toBeVisible();
  await newMessages.click();
  await expect(newMessages).toBeHidden();
  const last = conversation(page).getByRole("article").last();
  await expect(last).toContainText("Take your time.");
  await expect.poll(async () => inView(await last.boundingBox())).toBe(true);

  // At the bottom: the next message comes into view by itself.
  await say(ada.page, "Good to see you here.");
  const newest = conversation(page).getByRole("article").filter({ hasText: "Good to see you here." });
  await expect.poll(async () => inView(await newest.boundingBox())).toBe(true);

  // A message is compact: reactions and actions behind one menu.
  const box = await newest.boundingBox();
  expect(box?.height).toBeLessThan(140);
  await newest.getByRole("button", { name: /^Actions for Ada .*'s message at/ }).click();
  await page.getByRole("menuitemcheckbox", { name: /Hug/ }).click();
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(newest).toContainText("Hug 1");
});

test("on a desktop Enter sends, and the person can change that", async ({ browser }) => {
  const room = await createRoom("Desktop enter");
  const ada = await signedInPerson(browser, "Ada");
  await joinAsMember(ada.page, room.slug);
  const composer = ada.page.getByRole("textbox", { name: "Message", exact: true });
  await composer.fill("Sent with Enter");
  await composer.press("Enter");
  await expect(conversation(ada.page)).toContainText("Sent with Enter");
  await ada.page.getByLabel("Enter sends").uncheck();
  await composer.fill("One");
  await composer.press("Enter");
  await expect(composer).toHaveValue("One\n");
  // Kept in this browser.
  await ada.page.reload();
  await expect(ada.page.getByLabel("Enter sends")).not.toBeChecked();
});
