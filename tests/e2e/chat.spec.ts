// Two people in two browsers, in real Chromium against the real server.
import { expect, test } from "@/tests/e2e/test";
import { conversation, createRoom, joinAsMember, say, signedInPerson } from "@/tests/e2e/people";

test("two people chat live; a content warning blurs until opened; a reaction shows on the other side", async ({
  browser,
}) => {
  const room = await createRoom("Live talk");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");

  await ada.page.goto("/rooms");
  await ada.page.getByRole("link", { name: room.name }).click();
  await ada.page.getByLabel("I have read the guidelines and will follow them.").check();
  await ada.page.getByRole("button", { name: "Join as a member" }).click();
  await joinAsMember(ben.page, room.slug);
  await expect(ada.page.getByText(`Here now: you, ${ben.pseudonym}`)).toBeVisible();

  await say(ada.page, "Hello, this is my first evening here.");
  await expect(conversation(ben.page).getByText("Hello, this is my first evening here.")).toBeVisible();
  await say(ben.page, "Welcome. No rush at all.");
  await expect(conversation(ada.page).getByText("Welcome. No rush at all.")).toBeVisible();

  await say(ada.page, "The crash happened on the way home.", "details of an accident");
  const covered = conversation(ben.page)
    .getByRole("article")
    .filter({ hasText: "Content warning: details of an accident" });
  await expect(covered).toBeVisible();
  await expect(covered.getByText("The crash happened on the way home.")).toHaveCount(0);
  await expect(covered.getByTestId("covered-text")).toHaveCSS("filter", /blur/);
  await covered.getByRole("button", { name: "Show message" }).click();
  await expect(covered.getByText("The crash happened on the way home.")).toBeVisible();

  const welcome = conversation(ada.page).getByRole("article").filter({ hasText: "Welcome. No rush at all." });
  await welcome.getByRole("button", { name: /Hug/ }).click();
  await expect(welcome.getByRole("button", { name: /Hug/ })).toHaveAttribute("aria-pressed", "true");
  const seenByBen = conversation(ben.page)
    .getByRole("article")
    .filter({ hasText: "Welcome. No rush at all." });
  await expect(seenByBen.getByRole("button", { name: /Hug/ })).toContainText("1");
});

test("a block hides the other's messages both ways, and is listed and undoable in settings", async ({
  browser,
}) => {
  const room = await createRoom("Block test");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ada.page, room.slug);
  await joinAsMember(ben.page, room.slug);

  await say(ben.page, "Something unkind.");
  const unkind = conversation(ada.page).getByRole("article").filter({ hasText: "Something unkind." });
  await unkind.getByRole("button", { name: `Block ${ben.pseudonym}` }).click();
  await unkind.getByRole("button", { name: "Yes, block" }).click();
  await expect(conversation(ada.page).getByText("Something unkind.")).toHaveCount(0);

  await say(ben.page, "Are you ignoring me?");
  await say(ada.page, "A quiet note from Ada.");
  await expect(conversation(ben.page).getByText("Are you ignoring me?")).toBeVisible();
  await expect(conversation(ada.page).getByText("A quiet note from Ada.")).toBeVisible();
  await ada.page.waitForTimeout(500);
  await expect(conversation(ada.page).getByText("Are you ignoring me?")).toHaveCount(0);
  await expect(conversation(ben.page).getByText("A quiet note from Ada.")).toHaveCount(0);

  await ada.page.reload();
  await expect(conversation(ada.page).getByText("A quiet note from Ada.")).toBeVisible();
  await expect(conversation(ada.page).getByText("Are you ignoring me?")).toHaveCount(0);

  await ada.page.goto("/settings");
  await ada.page.getByRole("button", { name: `Unblock ${ben.pseudonym}` }).click();
  await expect(ada.page.getByText("You haven't blocked anyone.")).toBeVisible();
  await ada.page.goto(`/rooms/${room.slug}`);
  await expect(conversation(ada.page).getByText("Are you ignoring me?")).toBeVisible();
});

test("a listener reads along, is counted but not named, and cannot write", async ({ browser }) => {
  const room = await createRoom("Listening");
  const ada = await signedInPerson(browser, "Ada");
  const lee = await signedInPerson(browser, "Lee");
  await joinAsMember(ada.page, room.slug);
  await lee.page.goto(`/rooms/${room.slug}`);
  await lee.page.getByLabel("I have read the guidelines and will follow them.").check();
  await lee.page.getByRole("button", { name: "Listen only" }).click();
  await expect(ada.page.getByText("1 listening")).toBeVisible();
  await expect(ada.page.getByText(lee.pseudonym)).toHaveCount(0);
  await say(ada.page, "Listeners are welcome here.");
  await expect(conversation(lee.page).getByText("Listeners are welcome here.")).toBeVisible();
  await expect(lee.page.getByRole("textbox", { name: "Message", exact: true })).toHaveCount(0);
  await expect(lee.page.getByText("You are listening only.")).toBeVisible();
});
