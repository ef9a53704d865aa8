// A report reaches the room's moderator live; the moderator hides the message and mutes its
// author; everyone sees the result at once. Three people, three browsers.
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

async function report(page: Page, text: string, reasonLabel: string) {
  const message = conversation(page).getByRole("article").filter({ hasText: text });
  await message.getByRole("button", { name: "Report" }).click();
  await message.getByLabel("Why are you reporting this?").selectOption({ label: reasonLabel });
  await message.getByRole("button", { name: "Send report" }).click();
  await expect(message.getByText("Thank you. A moderator will look at this.")).toBeVisible();
}

test("a report reaches the moderator live; hiding removes the message for others; a mute disables the author's composer at once", async ({
  browser,
}) => {
  const room = await createRoom("Moderated");
  const moderator = await signedInPerson(browser, "Mod");
  await appointModerator(room.slug, moderator.pseudonym);
  const mia = await signedInPerson(browser, "Mia");
  const ben = await signedInPerson(browser, "Ben");

  await moderator.page.goto("/rooms");
  await moderator.page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Moderation" })
    .click();
  await expect(moderator.page.getByText("Nothing is waiting for a moderator.")).toBeVisible();

  await joinAsMember(mia.page, room.slug);
  await joinAsMember(ben.page, room.slug);
  await say(ben.page, "An unkind remark about Mia.");
  await report(mia.page, "An unkind remark about Mia.", "Harassment");

  const item = moderator.page.getByRole("article", { name: `Report about ${ben.pseudonym} in ${room.name}` });
  await expect(item).toBeVisible();
  await expect(item).toContainText("Reported by 1 person: Harassment");
  await expect(item.getByText("An unkind remark about Mia.")).toHaveCount(0);
  await item.getByRole("button", { name: "Show the reported message" }).click();
  await expect(item.getByText("An unkind remark about Mia.")).toBeVisible();
  await item.getByLabel("Reason").fill("Personal attack");
  await item.getByRole("button", { name: "Hide message" }).click();
  await expect(moderator.page.getByText("Nothing is waiting for a moderator.")).toBeVisible();

  await expect(conversation(mia.page).getByText("An unkind remark about Mia.")).toHaveCount(0);
  await expect(conversation(mia.page).getByText("This message was hidden by a moderator.")).toBeVisible();
  await expect(conversation(ben.page).getByText("Hidden by a moderator; only you can see it.")).toBeVisible();

  await say(ben.page, "Another unkind remark.");
  await report(mia.page, "Another unkind remark.", "Harassment");
  const second = moderator.page.getByRole("article", {
    name: `Report about ${ben.pseudonym} in ${room.name}`,
  });
  await expect(second).toContainText("Earlier in this room: message hidden");
  await second.getByLabel("Reason").fill("Second unkind remark today");
  await second.getByRole("button", { name: "Mute for 10 minutes" }).click();
  await expect(
    ben.page.getByText(/A moderator paused your messages here until .* \(10 min left\)\./),
  ).toBeVisible();
  await expect(ben.page.getByRole("textbox", { name: "Message", exact: true })).toHaveCount(0);
});
