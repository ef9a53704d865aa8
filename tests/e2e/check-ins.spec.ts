// A human follows up, in real browsers: a moderator elsewhere in Hearth sees, live, that someone
// may need care; the queue keeps the words covered and says they were detected automatically;
// the moderator checks in privately; the member reads and answers; either side sees the other
// live; the member closes it. And a member can ask for a check-in from the care card.
import { expect, test } from "@/tests/e2e/test";
import { appointModerator, createRoom, joinAsMember, say, signedInPerson } from "@/tests/e2e/people";

test("a moderator sees live that someone may need care, checks in privately, and the member answers", async ({
  browser,
}) => {
  const room = await createRoom("Follow-up");
  const moderator = await signedInPerson(browser, "Mod");
  await appointModerator(room.slug, moderator.pseudonym);
  const ada = await signedInPerson(browser, "Ada");
  await joinAsMember(ada.page, room.slug);

  await moderator.page.goto("/settings");
  const header = moderator.page.getByRole("navigation", { name: "Main" });
  await expect(header.getByRole("link", { name: "Moderation" })).toBeVisible();
  await expect(header.getByText("someone may need care")).toHaveCount(0);

  await say(ada.page, "I've been giving my things away, I won't need them soon.");
  // Live, on a page that has nothing to do with moderation.
  await expect(header.getByRole("link", { name: "Moderation: someone may need care" })).toBeVisible();
  await header.getByRole("link", { name: /Moderation/ }).click();

  // Nobody reported it: the queue says it was flagged.
  const item = moderator.page.getByRole("article", {
    name: `Flagged message from ${ada.pseudonym} in ${room.name}`,
  });
  await expect(item).toContainText("Nobody has reported it");
  await expect(item.getByRole("region", { name: "Detected automatically" })).toBeVisible();
  await expect(item.getByText("I won't need them soon", { exact: false })).toHaveCount(0);
  await expect(item.getByRole("button", { name: "Dismiss the flag" })).toBeVisible();
  await item.getByRole("button", { name: "Show the flagged message (shared something painful)" }).click();
  await expect(item.getByText(/I won't need them soon/)).toBeVisible();

  await item.getByRole("button", { name: `Check in privately with ${ada.pseudonym}` }).click();
  const form = moderator.page.getByRole("form", { name: `Check in privately with ${ada.pseudonym}` });
  await expect(form.getByRole("textbox")).toBeFocused();
  await form.getByRole("textbox").fill("Hi Ada, I'm one of the moderators. How are you doing tonight?");
  await form.getByRole("button", { name: "Send privately" }).click();
  await expect(
    moderator.page.getByRole("heading", { name: `Private check-in with ${ada.pseudonym}` }),
  ).toBeVisible();

  // Ada, still in the room, is told calmly and live.
  const adaHeader = ada.page.getByRole("navigation", { name: "Main" });
  await adaHeader.getByRole("link", { name: "A moderator wrote to you" }).click();
  await ada.page.getByRole("link", { name: `With the moderators of ${room.name}` }).click();
  await expect(ada.page.getByRole("heading", { name: `A private check-in from ${room.name}` })).toBeVisible();
  const adaLog = ada.page.getByRole("log", { name: "Conversation" });
  await expect(adaLog.getByText("How are you doing tonight?", { exact: false })).toBeVisible();
  await expect(adaLog).toContainText(`${moderator.pseudonym} (moderator)`);
  await expect(adaHeader.getByText("A moderator wrote to you")).toHaveCount(0);

  await ada.page.getByLabel("Your answer").fill("Not great, honestly. Thank you for asking.");
  await ada.page.getByRole("button", { name: "Send" }).click();
  await expect(adaLog.getByText("Not great, honestly.", { exact: false })).toBeVisible();
  const modLog = moderator.page.getByRole("log", { name: "Conversation" });
  await expect(modLog.getByText("Not great, honestly.", { exact: false })).toBeVisible();

  await ada.page.getByRole("button", { name: "Close this conversation" }).click();
  await expect(ada.page.getByText("This conversation is closed.")).toBeVisible();
  await expect(moderator.page.getByText("This conversation is closed.")).toBeVisible();
});

test("a member asks from the care card for a moderator to check in; the moderators are told live", async ({
  browser,
}) => {
  const room = await createRoom("Asking");
  const moderator = await signedInPerson(browser, "Mod");
  await appointModerator(room.slug, moderator.pseudonym);
  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ben.page, room.slug);
  await moderator.page.goto("/rooms");

  await say(ben.page, "i just want to kms");
  const card = ben.page.getByRole("region", { name: "We're glad you said something" });
  await card.getByRole("button", { name: "Ask a moderator to check in with me" }).click();
  await expect(card.getByText(/You asked this room's moderators to check in with you/)).toBeVisible();
  await expect(card.locator("p[tabindex='-1']")).toBeFocused();
  // The truth, live: nobody is on duty and no moderator has care alerts on a device.
  const standing = card.getByRole("status", { name: "Where your request stands" });
  await expect(standing).toHaveText(/No moderator is on duty right now, and we could not alert one\./);

  const header = moderator.page.getByRole("navigation", { name: "Main" });
  await header.getByRole("link", { name: "Moderation: someone may need care" }).click();
  const waiting = moderator.page.getByRole("region", { name: "Check-ins waiting for a moderator" });
  await waiting.getByRole("link", { name: `${ben.pseudonym} in ${room.name}` }).click();
  await expect(moderator.page.getByRole("log", { name: "Conversation" })).toContainText(
    "I'd like a moderator to check in with me.",
  );
  await moderator.page.getByLabel(`Write to ${ben.pseudonym}`).fill("I'm here, Ben. Want to tell me more?");
  await moderator.page.getByRole("button", { name: "Send" }).click();
  await expect(standing).toHaveText(/A moderator has written to you\./);

  await card.getByRole("link", { name: "Open your private check-in" }).click();
  await expect(ben.page.getByRole("log", { name: "Conversation" })).toContainText("Want to tell me more?");
});

test("on a phone, the folded menu's dot goes live too", async ({ browser }) => {
  const room = await createRoom("Phone care");
  const moderator = await signedInPerson(browser, "Mod");
  await appointModerator(room.slug, moderator.pseudonym);
  const ada = await signedInPerson(browser, "Ada");
  await joinAsMember(ada.page, room.slug);
  await moderator.page.setViewportSize({ width: 375, height: 812 });
  await moderator.page.goto("/settings");
  await expect(moderator.page.getByRole("button", { name: "Menu", exact: true })).toBeVisible();

  await say(ada.page, "I'm going to take all my pills tonight.");
  const menu = moderator.page.getByRole("button", { name: /^Menu ?, something is waiting for you$/ });
  await expect(menu).toBeVisible();
  await menu.click();
  await expect(moderator.page.getByRole("link", { name: "Moderation: someone may need care" })).toBeVisible();
});
