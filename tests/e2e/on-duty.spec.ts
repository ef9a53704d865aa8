// A moderator goes on duty from the queue page; a member in the room sees, live, that a
// moderator is around (never who), and sees it go when the shift ends.
import { expect, test } from "@/tests/e2e/test";
import { appointModerator, createRoom, joinAsMember, signedInPerson } from "@/tests/e2e/people";

test("members see that a moderator is around while one is on duty", async ({ browser }) => {
  const room = await createRoom("Duty");
  const moderator = await signedInPerson(browser, "Mod");
  await appointModerator(room.slug, moderator.pseudonym);
  const mia = await signedInPerson(browser, "Mia");
  await joinAsMember(mia.page, room.slug);
  await expect(mia.page.getByText("A moderator is around.")).toHaveCount(0);

  await moderator.page.goto("/mod");
  const duty = moderator.page.getByRole("region", { name: "On duty" });
  await duty.getByRole("button", { name: "Go on duty" }).click();
  await expect(duty.getByText(/You are on duty since/)).toBeVisible();
  await expect(duty.getByText(`${moderator.pseudonym}: ${room.name}`)).toBeVisible();

  await expect(mia.page.getByText("A moderator is around.")).toBeVisible();
  await expect(mia.page.getByText(moderator.pseudonym)).toHaveCount(0);

  await duty.getByRole("button", { name: "End my shift" }).click();
  await expect(mia.page.getByText("A moderator is around.")).toHaveCount(0);
});
