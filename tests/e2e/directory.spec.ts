// The room directory says how lively each room is in words, and keeps it fresh while it stays open.
import { expect, test } from "@/tests/e2e/test";
import { createRoom, joinAsMember, say, signedInPerson } from "@/tests/e2e/people";

test("the room directory tells of new activity in words while it stays open", async ({ browser }) => {
  const room = await createRoom("Directory");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");

  await ada.page.goto("/rooms");
  const card = ada.page
    .getByRole("listitem")
    .filter({ has: ada.page.getByRole("link", { name: room.name }) });
  await expect(card).toContainText("Quiet so far");
  await expect(card).not.toContainText(/\d+ of \d+|here now/);

  await joinAsMember(ben.page, room.slug);
  await say(ben.page, "Hello, is anyone around?");
  // The directory asks again every 10 seconds.
  await expect(card).toContainText("Active now", { timeout: 25_000 });
});
