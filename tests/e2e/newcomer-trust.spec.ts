// Newcomer trust in real browsers (docs/decisions/0021): a moderator makes a room careful; a
// newcomer's message there waits, seen by its author as "Waiting for a moderator" and by nobody
// else; the moderator approves it in the queue and the other member sees it at once.
import { expect, test } from "@/tests/e2e/test";
import { axeViolations } from "@/tests/e2e/axe";
import {
  appointModerator,
  conversation,
  createRoom,
  joinAsMember,
  say,
  signedInPerson,
} from "@/tests/e2e/people";

test("a newcomer's message in a careful room waits for a moderator, then reaches everyone", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const room = await createRoom("Careful");
  const moderator = await signedInPerson(browser, "Mod");
  await appointModerator(room.slug, moderator.pseudonym);
  const kim = await signedInPerson(browser, "Kim");
  const noa = await signedInPerson(browser, "Noa");

  await moderator.page.goto(`/rooms/${room.slug}`);
  await moderator.page.getByText("Moderator tools").click();
  await moderator.page.getByLabel("Reason (needed for every action, and logged)").fill("A tender topic");
  await moderator.page.getByRole("button", { name: "Make it a careful room" }).click();
  await expect(moderator.page.getByText("Newcomers' first messages now wait for a moderator.")).toBeVisible();

  await joinAsMember(kim.page, room.slug);
  await joinAsMember(noa.page, room.slug);
  // The rule, in plain words, for everyone alike.
  await expect(noa.page.getByText("This is a careful room", { exact: false })).toBeVisible();

  const words = "Hello, I lost my brother last month.";
  await say(noa.page, words);
  const mine = conversation(noa.page).getByRole("article").filter({ hasText: words });
  await expect(mine.getByText("Waiting for a moderator.")).toBeVisible();
  await expect(mine).toContainText("Only you can see it for now.");
  expect(await axeViolations(noa.page)).toEqual([]);

  // Kim, in the room all along, does not see it.
  await say(kim.page, "Welcome, whoever comes in.");
  await expect(conversation(kim.page).getByText("Welcome, whoever comes in.")).toBeVisible();
  await expect(conversation(kim.page).getByText(words)).toHaveCount(0);

  await moderator.page.goto("/mod");
  const item = moderator.page.getByRole("article", {
    name: `Message from ${noa.pseudonym} waiting in ${room.name}`,
  });
  await expect(item.getByText("Waiting for approval", { exact: true })).toBeVisible();
  // Held, not reported: the queue says so, and offers approving or declining rather than dismissing.
  await expect(item.getByRole("button", { name: /reported|Dismiss/ })).toHaveCount(0);
  await item.getByRole("button", { name: "Show the held message" }).click();
  await expect(item.getByRole("list", { name: "The message in context" })).toContainText(words);
  expect(await axeViolations(moderator.page)).toEqual([]);
  await item.getByRole("button", { name: "Approve" }).click();
  await expect(item).toHaveCount(0);

  // Kim sees it live, in its place before her own later message; Noa's mark is gone.
  await expect(conversation(kim.page).getByText(words)).toBeVisible();
  const texts = await conversation(kim.page).getByRole("article").allInnerTexts();
  const held = texts.findIndex((text) => text.includes(words));
  const later = texts.findIndex((text) => text.includes("Welcome, whoever comes in."));
  expect(held).toBeLessThan(later);
  await expect(mine.getByText("Waiting for a moderator.")).toHaveCount(0);

  // And after a reload (the join page), still there for Kim.
  await kim.page.reload();
  await expect(conversation(kim.page).getByText(words)).toBeVisible();
});
