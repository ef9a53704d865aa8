// Before the scripts arrive, a member already reads the room's recent messages, with a sign that
// the room is opening; once live, the room says when the connection is gone and when it is back.
import { expect, test } from "@/tests/e2e/test";
import { conversation, createRoom, joinAsMember, say, signedInPerson } from "@/tests/e2e/people";

test("recent messages are on the page before any script runs", async ({ browser }) => {
  const room = await createRoom("Server rendered");
  const ada = await signedInPerson(browser, "Ada");
  await joinAsMember(ada.page, room.slug);
  await say(ada.page, "Written before you came.");
  await say(ada.page, "Not for every reader.", "a hard topic");
  await expect(conversation(ada.page)).toContainText("Not for every reader.");

  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ben.page, room.slug);
  const noScripts = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await ben.page.context().storageState(),
  });
  const page = await noScripts.newPage();
  await page.goto(`/rooms/${room.slug}`);
  await expect(page.getByRole("status").filter({ hasText: "Opening the room…" })).toBeVisible();
  const recent = page.getByRole("list", { name: "Recent messages" });
  await expect(recent).toContainText("Written before you came.");
  // A covered message stays covered.
  await expect(recent).toContainText("Covered: a hard topic.");
  await expect(recent).not.toContainText("Not for every reader.");
  await noScripts.close();
});

test("the room says when the connection is gone and when it is back", async ({ browser }) => {
  const room = await createRoom("Connection");
  const ada = await signedInPerson(browser, "Ada");
  await joinAsMember(ada.page, room.slug);
  await ada.page.context().setOffline(true);
  await expect(ada.page.getByRole("status").filter({ hasText: "You are offline." })).toBeVisible();
  await ada.page.context().setOffline(false);
  await expect(ada.page.getByText("You are offline.")).toHaveCount(0);
  await say(ada.page, "Still here.");
  await expect(conversation(ada.page)).toContainText("Still here.");
});
