// What every page owes a person: a way to crisis help, a usable layout at 375 px, dark mode
// from the system setting, labelled fields.
import { expect, test } from "@/tests/e2e/test";
import { axeViolations, noViolations } from "@/tests/e2e/axe";
import {
  appointModerator,
  conversation,
  createRoom,
  joinAsMember,
  makeAdmin,
  say,
  signedInPerson,
  appOrigin,
} from "@/tests/e2e/people";

const pages = ["/", "/signup", "/signin", "/signin/second-step", "/recover", "/resources", "/rooms"];

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

test("pages for everyone have no axe violations, at 375 and 1280 px, light and dark", async ({ page }) => {
  test.setTimeout(180_000);
  const room = await createRoom("Axe preview");
  for (const path of [
    "/",
    "/signup",
    "/signin",
    // Without a pending sign-in in the tab: the page that says it ended.
    "/signin/second-step",
    "/recover",
    "/resources",
    "/rooms",
    `/rooms/${room.slug}`,
    "/offline",
    "/tour",
    "/account-deleted",
    "/no-such-page",
  ]) {
    await page.goto(path);
    await noViolations(page, path);
  }
});

test("a member's, a moderator's and an admin's pages have no axe violations", async ({ browser }) => {
  test.setTimeout(180_000);
  const room = await createRoom("Axe room");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");
  await makeAdmin(ben.pseudonym);
  await appointModerator(room.slug, ben.pseudonym);
  await joinAsMember(ada.page, room.slug);
  await say(ada.page, "Hello everyone, first time here.");
  await say(ada.page, "Something heavy happened today.", "a hard day");
  // A moderator is in the room already.
  await ben.page.goto(`/rooms/${room.slug}`);
  await expect(conversation(ben.page)).toContainText("first time here");
  await noViolations(ben.page, "a room, with messages");
  // The phone's actions menu, open.
  await ben.page.setViewportSize({ width: 375, height: 812 });
  await ben.page
    .getByRole("button", { name: /^Actions for .*'s message at/ })
    .first()
    .click();
  await expect(ben.page.getByRole("menu")).toBeVisible();
  expect(await axeViolations(ben.page), "the open actions menu").toEqual([]);
  await ben.page.keyboard.press("Escape");
  for (const path of ["/settings", "/mod", "/mod/log", "/admin"]) {
    await ben.page.goto(path);
    await noViolations(ben.page, path);
  }
  await ada.page.goto("/settings");
  await noViolations(ada.page, "/settings for a member");
  // The member's own space and a private check-in, from both sides.
  const roomId = await ada.page.evaluate(async (slug) => {
    const answer = await fetch("/api/rooms").then((response) => response.json());
    for (const topic of answer.topics) for (const room of topic.rooms) if (room.slug === slug) return room.id;
    return null;
  }, room.slug);
  const asked = await ada.page.request.post("/api/check-ins/request", {
    data: { roomId },
    headers: { origin: appOrigin() },
  });
  expect(asked.status()).toBe(201);
  const { checkInId } = await asked.json();
  for (const path of ["/notices", "/check-ins", `/check-ins/${checkInId}`]) {
    await ada.page.goto(path);
    await noViolations(ada.page, `${path} for a member`);
  }
  await ben.page.setViewportSize({ width: 1280, height: 800 });
  for (const path of ["/check-ins", `/check-ins/${checkInId}`, "/mod"]) {
    await ben.page.goto(path);
    await noViolations(ben.page, `${path} for a moderator`);
  }
});
