// An admin sets up a room and its moderator from /admin; the new moderator finds the queue.
import { expect, test } from "@/tests/e2e/test";
import pg from "pg";
import { signedInPerson } from "@/tests/e2e/people";

test("an admin creates a room and appoints its moderator", async ({ browser }) => {
  const helper = await signedInPerson(browser, "Helper");
  const admin = await signedInPerson(browser, "Site Keeper");
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  await client
    .query(`UPDATE "User" SET "siteRole" = 'admin' WHERE pseudonym = $1`, [admin.pseudonym])
    .finally(() => client.end());

  await admin.page.goto("/");
  await admin.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await admin.page.getByLabel("Reason (needed for every change, and logged)").fill("A room for evenings");
  const general = admin.page.getByRole("group", { name: "New room in General" });
  const slug = `quiet-${Math.random().toString(36).slice(2, 7)}`;
  await general.getByLabel("Room name").fill("Quiet evenings");
  await general.getByLabel("Web address (slug)").fill(slug);
  await general.getByRole("button", { name: "Create room" }).click();
  await expect(admin.page.getByText("Room Quiet evenings created.")).toBeVisible();

  await admin.page.getByLabel("Appoint a moderator (pseudonym) for Quiet evenings").fill(helper.pseudonym);
  await admin.page
    .getByRole("listitem")
    .filter({ hasText: "Quiet evenings" })
    .getByRole("button", { name: "Appoint" })
    .click();
  await expect(admin.page.getByText(`${helper.pseudonym} now moderates Quiet evenings.`)).toBeVisible();

  await admin.page.getByLabel("Capacity of Quiet evenings").fill("8");
  await admin.page.getByRole("button", { name: "Save Quiet evenings" }).click();
  await expect(admin.page.getByText("Quiet evenings saved.")).toBeVisible();
  await expect(admin.page.getByText("Quiet evenings · 8 places")).toBeVisible();

  await helper.page.goto(`/rooms/${slug}`);
  await expect(helper.page.getByText("Moderator tools")).toBeVisible();
  await helper.page.goto("/mod");
  await expect(helper.page.getByText("Nothing is waiting for a moderator.")).toBeVisible();
});

test("an admin adds and removes a watched word; a change without a reason is refused and says why", async ({
  browser,
}) => {
  const admin = await signedInPerson(browser, "Word Keeper");
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  await client
    .query(`UPDATE "User" SET "siteRole" = 'admin' WHERE pseudonym = $1`, [admin.pseudonym])
    .finally(() => client.end());
  const phrase = `gloomword${Math.random().toString(36).slice(2, 7)}`;
  const remove = admin.page.getByRole("button", { name: `Remove “${phrase}”` });

  await admin.page.goto("/admin");
  await admin.page.getByLabel("Word or phrase").fill(phrase);
  await admin.page.getByRole("button", { name: "Add word" }).click();
  await expect(admin.page.getByText("Please give a reason.")).toBeVisible();
  await expect(remove).toHaveCount(0);

  await admin.page.getByLabel("Reason (needed for every change, and logged)").fill("Testing the list");
  await admin.page.getByRole("button", { name: "Add word" }).click();
  await expect(admin.page.getByText(`“${phrase}” added.`)).toBeVisible();
  await expect(remove).toBeVisible();

  await remove.click();
  await expect(admin.page.getByText(`“${phrase}” removed.`)).toBeVisible();
  await expect(remove).toHaveCount(0);
});
