// The room directory keeps its counts fresh while it is open, without a reload.
import { expect, test } from "@playwright/test";
import { createRoom, joinAsMember, signedInPerson } from "@/tests/e2e/people";

test("the room directory shows a new member in its count while it stays open", async ({ browser }) => {
  const room = await createRoom("Directory");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");

  await ada.page.goto("/rooms");
  const card = ada.page
    .getByRole("listitem")
    .filter({ has: ada.page.getByRole("link", { name: room.name }) });
  await expect(card.getByText(/\b0 of \d+ places taken/)).toBeVisible();

  await joinAsMember(ben.page, room.slug);
  // The directory asks again every 10 seconds.
  await expect(card.getByText(/\b1 of \d+ places taken/)).toBeVisible({ timeout: 25_000 });
});
