// Care alerts in Chromium: a moderator says yes on their device (the browser's permission, then a
// subscription) for one of their rooms; a member's crisis message alerts that device through a
// push-service stand-in; the notification's link leads, after sign-in, to the item; the member's
// card tells them, live, that the moderators were alerted, that one has seen it, is writing, wrote.
// Admins read the care figures, with no pseudonyms and no words.
//
// Headless Chromium cannot reach a real push service, so the page's PushManager hands back a
// subscription to the stand-in (with keys this test made): everything after it is Hearth's own.
import { type BrowserContext } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import { noViolations } from "@/tests/e2e/axe";
import {
  appointModerator,
  createRoom,
  joinAsMember,
  makeAdmin,
  password,
  say,
  signedInPerson,
} from "@/tests/e2e/people";
import { startPushService, type Device, type PushService } from "@/tests/setup/push-service";

let pushService: PushService;
test.beforeAll(async () => {
  pushService = await startPushService();
});
test.afterAll(async () => {
  await pushService.close();
});

/** The browser's push subscription, as a real push service would give it, pointing at the stand-in. */
async function withDevice(context: BrowserContext, device: Device) {
  await context.grantPermissions(["notifications"]);
  await context.addInitScript((subscription) => {
    const fake = {
      endpoint: subscription.endpoint,
      expirationTime: null,
      toJSON: () => ({ endpoint: subscription.endpoint, expirationTime: null, keys: subscription.keys }),
      unsubscribe: async () => true,
    };
    PushManager.prototype.subscribe = async () => fake as unknown as PushSubscription;
    PushManager.prototype.getSubscription = async () => null;
  }, device.subscription);
}

const crisisWords = "I can't go on, I want to end it all tonight";

test("a moderator says yes on a device, is alerted, opens the item; the member is told each step", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const room = await createRoom("Evening circle");
  const other = await createRoom("Other circle");
  const moderator = await signedInPerson(browser, "Mod");
  await appointModerator(room.slug, moderator.pseudonym);
  await appointModerator(other.slug, moderator.pseudonym);
  const device = pushService.device();
  await withDevice(moderator.page.context(), device);

  await moderator.page.goto("/mod");
  await moderator.page.getByRole("link", { name: "Care alerts" }).click();
  await expect(moderator.page.getByRole("heading", { level: 1, name: "Care alerts" })).toBeVisible();
  await expect(moderator.page.getByText("Care alerts are off.")).toBeVisible();
  await noViolations(moderator.page, "/mod/alerts");
  await moderator.page.setViewportSize({ width: 1280, height: 900 });
  await moderator.page.getByLabel("Only these rooms").check();
  await moderator.page.getByRole("checkbox", { name: room.name }).check();
  await moderator.page.getByRole("button", { name: "Save and alert me on this device" }).click();
  await expect(moderator.page.getByText("Care alerts are on, on one device.")).toBeVisible();

  const member = await signedInPerson(browser, "Ada");
  await joinAsMember(member.page, room.slug);
  await say(member.page, crisisWords);
  const card = member.page.getByRole("region", { name: "We're glad you said something" });
  const standing = card.getByRole("status", { name: "Where your request stands" });
  const push = await pushService.next(device, (received) => received.text.includes('"care"'), 10_000);
  const alert = JSON.parse(push.text) as { title: string; url: string };
  expect(alert.title).toBe(`Someone in ${room.name} may need care`);
  expect(push.text).not.toContain(member.pseudonym);
  await expect(standing).toHaveText("No moderator is on duty right now. We have sent them an alert.");
  await expect(card.getByRole("link", { name: "Call 988" })).toBeVisible();

  // The notification's link, opened where nobody is signed in yet: sign-in first, then the item.
  const fresh = await browser.newContext();
  const onPhone = await fresh.newPage();
  await onPhone.goto(alert.url);
  await expect(onPhone.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  await onPhone.getByLabel("Pseudonym").fill(moderator.pseudonym);
  await onPhone.getByLabel("Password").fill(password);
  await onPhone.getByRole("button", { name: "Sign in" }).click();
  await expect(
    onPhone.getByRole("heading", { level: 1, name: `Someone in ${room.name} may need care` }),
  ).toBeVisible();
  await expect(onPhone.getByText(`Alerted: ${moderator.pseudonym} (moderator of the room)`)).toBeVisible();
  await expect(onPhone.getByText(crisisWords)).toBeVisible();
  await expect(standing).toHaveText("A moderator has seen it.");
  await expect(card.getByRole("link", { name: "Call 988" })).toBeVisible();
  await noViolations(onPhone, "/mod/care/<item>");
  await onPhone.setViewportSize({ width: 1280, height: 900 });

  await onPhone.getByRole("button", { name: `Check in privately with ${member.pseudonym}` }).click();
  await expect(standing).toHaveText("A moderator is writing to you now.");
  await onPhone.getByRole("button", { name: "Send privately" }).click();
  await expect(standing).toHaveText(/A moderator has written to you\./);
  await standing.getByRole("link", { name: "Read it in your private check-in" }).click();
  await expect(member.page.getByRole("log", { name: "Conversation" })).toContainText("wanted to check in");
  await fresh.close();

  // One click, and no device alerts any more.
  await moderator.page.getByRole("button", { name: "Turn off care alerts" }).click();
  await expect(moderator.page.getByText("Care alerts are off on every device.")).toBeVisible();
  await expect(moderator.page.getByText("Care alerts are off.")).toBeVisible();
});

test("admins read the care figures, with no pseudonyms and no words", async ({ browser }) => {
  test.setTimeout(120_000);
  const room = await createRoom("Figures");
  const member = await signedInPerson(browser, "Ben");
  await joinAsMember(member.page, room.slug);
  await say(member.page, crisisWords);
  await expect(member.page.getByRole("region", { name: "We're glad you said something" })).toBeVisible();

  const admin = await signedInPerson(browser, "Ash");
  await makeAdmin(admin.pseudonym);
  await admin.page.goto("/admin");
  await admin.page.getByRole("link", { name: "Care figures" }).click();
  await expect(admin.page.getByRole("heading", { level: 1, name: "Care figures" })).toBeVisible();
  const week = admin.page.getByRole("region", { name: "The last 7 days" });
  const row = week.getByRole("row", { name: new RegExp(room.name) });
  // One crisis message nobody has opened yet: no time measured, and it has not waited 15 minutes.
  await expect(row.getByRole("cell").nth(0)).toHaveText("1");
  await expect(row.getByRole("cell").nth(1)).toHaveText("not yet");
  await expect(row.getByRole("cell").nth(3)).toHaveText("0 of 1");
  await expect(admin.page.getByRole("region", { name: "The last 30 days" })).toBeVisible();
  await expect(admin.page.getByText(member.pseudonym)).toHaveCount(0);
  await expect(admin.page.getByText(/end it all/)).toHaveCount(0);
  await noViolations(admin.page, "/admin/care");

  // A member who is not an admin is told what the page is for, and sees no figures.
  await member.page.goto("/admin/care");
  await expect(member.page.getByText("This page is for Hearth's admins.")).toBeVisible();
  await expect(member.page.getByRole("table")).toHaveCount(0);
});
