// Words that suggest someone may be in danger: their message is posted as usual, and they alone
// see a warm card with crisis lines and a link to the resources page.
import { expect, test } from "@playwright/test";
import { conversation, createRoom, joinAsMember, say, signedInPerson } from "@/tests/e2e/people";

test("the author alone sees a private card with crisis resources", async ({ browser }) => {
  const room = await createRoom("Care");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ada.page, room.slug);
  await joinAsMember(ben.page, room.slug);

  await say(ada.page, "Honestly I want to die some nights.");
  const card = ada.page.getByRole("region", { name: "We're glad you said something" });
  await expect(card).toBeVisible();
  await expect(card.getByRole("link", { name: "988" })).toBeVisible();
  await expect(conversation(ben.page).getByText("Honestly I want to die some nights.")).toBeVisible();
  await expect(ben.page.getByText("We're glad you said something")).toHaveCount(0);

  await card.getByRole("link", { name: "More crisis lines and help" }).click();
  await expect(ada.page.getByRole("heading", { level: 1, name: "Need help now?" })).toBeVisible();
});
