// A member's own data in Chromium: the readable export holds what they wrote (a hidden message
// too); deleting the account with the password signs them out, and the others in the room see
// the choice applied.
import { readFile } from "node:fs/promises";
import { expect, test } from "@/tests/e2e/test";
import { conversation, createRoom, joinAsMember, password, say, signedInPerson } from "@/tests/e2e/people";

test("the export holds what I wrote, and deleting my account keeps my words signed “A former member”", async ({
  browser,
}) => {
  const room = await createRoom("Leaving");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ada.page, room.slug);
  await joinAsMember(ben.page, room.slug);
  await say(ada.page, "Thank you all for this year.");
  await expect(conversation(ben.page).getByText("Thank you all for this year.")).toBeVisible();

  await ada.page.goto("/settings");
  const downloading = ada.page.waitForEvent("download");
  await ada.page.getByRole("link", { name: "Download a readable copy" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^hearth-my-data-\d{4}-\d\d-\d\d\.txt$/);
  const text = await readFile(await download.path(), "utf8");
  expect(text).toContain(`Pseudonym: ${ada.pseudonym}`);
  expect(text).toContain("Thank you all for this year.");

  const form = ada.page.getByRole("form", { name: "Delete my account" });
  await expect(form.getByRole("button", { name: "Delete my account" })).toBeDisabled();
  await form.getByLabel("Keep them, signed “A former member”").check();
  await form.getByLabel("Your password, to confirm").fill("not my password");
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(form.getByRole("alert")).toContainText("Nothing was deleted");
  await form.getByLabel("Your password, to confirm").fill(password);
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(ada.page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();
  await expect(ada.page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  await ben.page.reload();
  const kept = conversation(ben.page)
    .getByRole("article")
    .filter({ hasText: "Thank you all for this year." });
  await expect(kept).toContainText("A former member");
  await expect(conversation(ben.page).getByText(ada.pseudonym)).toHaveCount(0);
});
