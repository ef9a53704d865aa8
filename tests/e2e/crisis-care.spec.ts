// Words that suggest someone may be in danger: their message is posted, they alone see a warm
// card with crisis lines, and other readers see it gently covered, with a note on answering with
// care and no reactions that read as agreement. An edit is screened the same way.
import { expect, test } from "@/tests/e2e/test";
import { conversation, createRoom, joinAsMember, say, signedInPerson } from "@/tests/e2e/people";

test("the author alone sees a private card; readers see the message covered, and answer gently", async ({
  browser,
}) => {
  const room = await createRoom("Care");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ada.page, room.slug);
  await joinAsMember(ben.page, room.slug);

  await say(ada.page, "Honestly I want to die some nights.");
  const card = ada.page.getByRole("region", { name: "We're glad you said something" });
  await expect(card).toBeVisible();
  await expect(card.getByRole("link", { name: "Call 988" })).toBeVisible();

  // Ada sees her words as she wrote them, with every reaction, and nothing about a cover.
  const hers = conversation(ada.page).getByRole("article").last();
  await expect(hers.getByText("Honestly I want to die some nights.")).toBeVisible();
  await expect(hers.getByRole("button", { name: "Me too" })).toBeVisible();
  await expect(ada.page.getByText(/shared something painful/)).toHaveCount(0);

  // Ben sees a gentle cover, never the word "crisis", and no card.
  const seen = conversation(ben.page).getByRole("article").last();
  await expect(seen.getByText(/shared something painful/)).toBeVisible();
  await expect(seen.getByText("Honestly I want to die some nights.")).toHaveCount(0);
  await expect(seen.getByText(/crisis/i)).toHaveCount(0);
  await expect(ben.page.getByText("We're glad you said something")).toHaveCount(0);
  await seen.getByRole("button", { name: "Show message" }).click();
  await expect(seen.getByText("Honestly I want to die some nights.")).toBeVisible();
  await expect(seen.getByRole("complementary", { name: "Answering with care" })).toBeVisible();
  await expect(seen.getByRole("button", { name: "Hug" })).toBeVisible();
  await expect(seen.getByRole("button", { name: "Me too" })).toHaveCount(0);
  await expect(seen.getByRole("button", { name: "Strength" })).toHaveCount(0);

  await card.getByRole("link", { name: "More crisis lines and help" }).click();
  await expect(ada.page.getByRole("heading", { level: 1, name: "Need help now?" })).toBeVisible();
});

test("an edit into words of danger brings the card to its author and covers the message for readers", async ({
  browser,
}) => {
  const room = await createRoom("Care edits");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ada.page, room.slug);
  await joinAsMember(ben.page, room.slug);

  await say(ada.page, "Long day at work, heading home now.");
  await expect(conversation(ben.page).getByText("Long day at work, heading home now.")).toBeVisible();
  const hers = conversation(ada.page).getByRole("article").last();
  await hers.getByRole("button", { name: "Edit" }).click();
  await hers.getByLabel("Edit your message").fill("Long day. I took all my pills tonight.");
  await hers.getByRole("button", { name: "Save" }).click();

  await expect(ada.page.getByRole("region", { name: "We're glad you said something" })).toBeVisible();
  const seen = conversation(ben.page).getByRole("article").last();
  await expect(seen.getByText(/shared something painful/)).toBeVisible();
  await expect(seen.getByText("Long day. I took all my pills tonight.")).toHaveCount(0);
});

test("the care card and the resources page show the crisis lines of the country the member chose", async ({
  browser,
}) => {
  const room = await createRoom("Care abroad");
  const ada = await signedInPerson(browser, "Ada");
  await ada.page.goto("/settings");
  await ada.page.getByLabel("Show crisis lines for").selectOption({ label: "Deutschland" });
  await expect(ada.page.getByText(/Saved\. The crisis lines you see now follow this choice/)).toBeVisible();

  await joinAsMember(ada.page, room.slug);
  await say(ada.page, "I don't want to be alive anymore.");
  const card = ada.page.getByRole("region", { name: "We're glad you said something" });
  await expect(card.getByText("TelefonSeelsorge", { exact: true })).toBeVisible();
  await expect(card.getByRole("link", { name: "Call 08001110111" })).toBeVisible();
  await expect(card.getByText("If you are in immediate danger, call 112.")).toBeVisible();

  await ada.page.goto("/resources");
  await expect(
    ada.page.getByRole("heading", { level: 2, name: "Crisis lines in Deutschland" }),
  ).toBeVisible();
});
