// A pile-on in real browsers: three members turn on one; once their messages are reported the
// room slows down by itself, the person targeted is told privately that moderators are looking,
// and a moderator elsewhere in Hearth sees a priority item naming the pattern.
import { type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import {
  appointModerator,
  conversation,
  createRoom,
  joinAsMember,
  say,
  signedInPerson,
} from "@/tests/e2e/people";

async function report(page: Page, text: string) {
  const message = conversation(page).getByRole("article").filter({ hasText: text });
  await message.getByRole("button", { name: "Report" }).click();
  await message.getByLabel("Why are you reporting this?").selectOption({ label: "Harassment" });
  await message.getByRole("button", { name: "Send report" }).click();
  await expect(message.getByText("Thank you. A moderator will look at this.")).toBeVisible();
}

test("three members turning on one slow the room, tell the person targeted, and reach the moderator", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const room = await createRoom("Pile-on");
  const moderator = await signedInPerson(browser, "Mod");
  await appointModerator(room.slug, moderator.pseudonym);
  const mia = await signedInPerson(browser, "Mia");
  const kim = await signedInPerson(browser, "Kim");
  const attackers = [
    await signedInPerson(browser, "Ann"),
    await signedInPerson(browser, "Bob"),
    await signedInPerson(browser, "Cat"),
  ];
  for (const person of [mia, kim, ...attackers]) await joinAsMember(person.page, room.slug);
  await moderator.page.goto("/rooms");

  for (const [index, attacker] of attackers.entries()) {
    const words = `${mia.pseudonym} nobody wants you here ${index}`;
    await say(attacker.page, words);
    await report(kim.page, words);
  }

  await expect(mia.page.getByText("Slow mode: one message every 30 seconds", { exact: false })).toBeVisible();
  await mia.page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Notices: something new" })
    .click();
  await expect(mia.page.getByRole("article", { name: /Moderators are looking/ })).toContainText(
    "Moderators are looking, and the room is slowed down for now.",
  );

  const header = moderator.page.getByRole("navigation", { name: "Main" });
  await header.getByRole("link", { name: "Moderation: someone may need care" }).click();
  const items = moderator.page.getByRole("article", { name: /^Report about/ });
  // The pile-on comes first, after anyone who may be in danger, with the pattern named.
  await expect(items.first()).toContainText(`Several members aimed messages at ${mia.pseudonym}`);
  await expect(items.first().getByText("Pile-on", { exact: true })).toBeVisible();
});
