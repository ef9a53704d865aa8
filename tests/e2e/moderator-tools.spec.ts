// A moderator's tools on the room page: slow mode and the lock reach members at once, and a
// member can be muted for a chosen time and the mute lifted again.
import { expect, test } from "@/tests/e2e/test";
import { appointModerator, createRoom, joinAsMember, say, signedInPerson } from "@/tests/e2e/people";

test("a moderator locks the room and mutes a member from the room page; members see it at once", async ({
  browser,
}) => {
  const room = await createRoom("Tools");
  const moderator = await signedInPerson(browser, "Mod");
  await appointModerator(room.slug, moderator.pseudonym);
  const mia = await signedInPerson(browser, "Mia");
  await joinAsMember(mia.page, room.slug);
  await say(mia.page, "Hello everyone.");

  await moderator.page.goto(`/rooms/${room.slug}`);
  await moderator.page.getByText("Moderator tools").click();
  await moderator.page.getByLabel("Reason (needed for every action, and logged)").fill("A quiet hour");
  await moderator.page.getByRole("button", { name: "Lock the room (read-only)" }).click();
  await expect(moderator.page.getByText("The room is read-only now.")).toBeVisible();
  await expect(mia.page.getByText("This room is read-only for now.")).toBeVisible();
  await expect(mia.page.getByRole("textbox", { name: "Message", exact: true })).toHaveCount(0);

  await moderator.page.getByRole("button", { name: "Unlock the room" }).click();
  await expect(mia.page.getByRole("textbox", { name: "Message", exact: true })).toBeVisible();

  await moderator.page.getByLabel("Mute length in minutes").fill("45");
  await moderator.page.getByRole("button", { name: `Mute ${mia.pseudonym}`, exact: true }).click();
  await expect(mia.page.getByText(/paused your messages here until .* \(45 min left\)/)).toBeVisible();
  await moderator.page.getByRole("button", { name: "Lift mute" }).click();
  await expect(mia.page.getByRole("textbox", { name: "Message", exact: true })).toBeVisible();
});

test("when a moderator changes the guidelines, members read and accept them before writing again", async ({
  browser,
}) => {
  const room = await createRoom("Guidelines");
  const moderator = await signedInPerson(browser, "Mod");
  await appointModerator(room.slug, moderator.pseudonym);
  const mia = await signedInPerson(browser, "Mia");
  await joinAsMember(mia.page, room.slug);

  await moderator.page.goto(`/rooms/${room.slug}`);
  await moderator.page.getByText("Moderator tools").click();
  await moderator.page.getByLabel("Reason (needed for every action, and logged)").fill("Clearer rules");
  await moderator.page.getByLabel(/^Guidelines/).fill("Be kind.\nNo advice unless someone asks.");
  await moderator.page.getByRole("button", { name: "Save guidelines" }).click();
  await expect(moderator.page.getByText("Guidelines saved.")).toBeVisible();

  await expect(mia.page.getByRole("heading", { name: "The room's guidelines changed" })).toBeVisible();
  await expect(mia.page.getByText("No advice unless someone asks.")).toBeVisible();
  await mia.page.getByRole("button", { name: "I accept the new guidelines" }).click();
  await expect(mia.page.getByRole("heading", { name: "The room's guidelines changed" })).toHaveCount(0);
  await say(mia.page, "Understood, thank you.");
  await expect(
    mia.page.getByRole("region", { name: "Conversation" }).getByText("Understood, thank you."),
  ).toBeVisible();
});
