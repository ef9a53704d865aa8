// Coming back to a room: what is new is marked, earlier messages load on request, others'
// typing shows and fades, and a full room points to rooms with space.
import { expect, test } from "@/tests/e2e/test";
import {
  conversation,
  createRoom,
  joinAsMember,
  say,
  seedMessages,
  setCapacity,
  signedInPerson,
} from "@/tests/e2e/people";

test("a returning member sees where the new messages start, and can load earlier ones", async ({
  browser,
}) => {
  const room = await createRoom("Returning");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ada.page, room.slug);
  await joinAsMember(ben.page, room.slug);
  await seedMessages(room.slug, ben.pseudonym, 60);
  await ada.page.reload();
  await expect(conversation(ada.page).getByText("Earlier message 60", { exact: true })).toBeVisible();
  await expect(conversation(ada.page).getByText("Earlier message 10", { exact: true })).toHaveCount(0);
  await ada.page.getByRole("button", { name: "Load earlier messages" }).click();
  await expect(conversation(ada.page).getByText("Earlier message 1", { exact: true })).toBeVisible();
  await expect(conversation(ada.page).getByRole("article")).toHaveCount(60);

  await ada.page.waitForTimeout(1_500); // the page reports what was read after a short pause
  await ada.page.goto("/rooms");
  await say(ben.page, "Something new while you were away.");
  await ada.page.goto(`/rooms/${room.slug}`);
  const divider = conversation(ada.page).getByRole("separator");
  await expect(divider).toHaveText("New since you were last here");
  const afterDivider = conversation(ada.page).locator("li", { has: ada.page.getByRole("separator") });
  await expect(afterDivider).toContainText("Something new while you were away.");
});

test("someone typing is shown to others, and the line goes away by itself", async ({ browser }) => {
  const room = await createRoom("Typing");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ada.page, room.slug);
  await joinAsMember(ben.page, room.slug);
  await ben.page
    .getByRole("textbox", { name: "Message", exact: true })
    .pressSequentially("I am writing", { delay: 20 });
  await expect(ada.page.getByText(`${ben.pseudonym} is typing…`)).toBeVisible();
  await expect(ben.page.getByText(/is typing/)).toHaveCount(0);
  await expect(ada.page.getByText(`${ben.pseudonym} is typing…`)).toHaveCount(0, { timeout: 10_000 });
});

test("a full room says so and points to a room of the same topic with space", async ({ browser }) => {
  const room = await createRoom("Full");
  await setCapacity(room.slug, 1);
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ada.page, room.slug);
  await ben.page.goto("/rooms");
  const card = ben.page
    .getByRole("listitem")
    .filter({ has: ben.page.getByRole("link", { name: room.name }) });
  await expect(card).toContainText("This room is full right now.");
  await expect(card.getByRole("link", { name: "The common room" })).toBeVisible();
  await ben.page.goto(`/rooms/${room.slug}`);
  await ben.page.getByLabel("I have read the guidelines and will follow them.").check();
  await ben.page.getByRole("button", { name: "Join as a member" }).click();
  await expect(ben.page.getByRole("main").getByRole("alert")).toContainText("This room is full right now");
});
