// Each reader's own view: filters cover what that reader chose (saying which filter matched)
// and nobody else's; a reader who turned the crisis cover off sees those words open; muting
// someone hides their messages for me alone, and is undone from settings.
import { expect, test } from "@/tests/e2e/test";
import { conversation, createRoom, joinAsMember, say, signedInPerson } from "@/tests/e2e/people";

test("filters cover a message for the reader who chose them, and only for them", async ({ browser }) => {
  const room = await createRoom("Filters");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");
  const cal = await signedInPerson(browser, "Cal");

  await ben.page.goto("/settings");
  const form = ben.page.getByRole("form", { name: "What you keep covered" });
  await form.getByLabel("death and grief").check();
  await form.getByLabel("Your own words to cover").fill("lighthouse");
  await form.getByLabel("Cover messages where someone shared something painful").uncheck();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Saved.")).toBeVisible();

  for (const person of [ada, ben, cal]) await joinAsMember(person.page, room.slug);
  await say(ada.page, "My grandmother died in the spring.");
  await say(ada.page, "We scattered her ashes by the lighthouse.");
  await say(ada.page, "I don't want to be alive anymore.");

  const bens = conversation(ben.page);
  const grief = bens.getByRole("article").filter({ hasText: "Covered by your filters: death and grief." });
  await expect(grief).toBeVisible();
  await expect(bens.getByText("My grandmother died in the spring.")).toHaveCount(0);
  await expect(bens.getByText("Covered by your filters: your word “lighthouse”.")).toBeVisible();
  await grief.getByRole("button", { name: "Show message" }).click();
  await expect(bens.getByText("My grandmother died in the spring.")).toBeVisible();
  // Ben chose to see painful words open; the note on answering with care stays.
  await expect(bens.getByText("I don't want to be alive anymore.")).toBeVisible();
  await expect(bens.getByRole("complementary", { name: "Answering with care" })).toBeVisible();

  // Cal chose nothing: the grief is open, the painful words covered as by default.
  const cals = conversation(cal.page);
  await expect(cals.getByText("My grandmother died in the spring.")).toBeVisible();
  await expect(cals.getByText(/shared something painful/)).toBeVisible();
  await expect(cals.getByText("I don't want to be alive anymore.")).toHaveCount(0);
  await expect(cals.getByText(/Covered by your filters/)).toHaveCount(0);
});

test("muting someone hides their messages for me alone, and settings undo it", async ({ browser }) => {
  const room = await createRoom("Mutes");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ada.page, room.slug);
  await joinAsMember(ben.page, room.slug);
  await say(ben.page, "Something Ada would rather not read.");

  const message = conversation(ada.page)
    .getByRole("article")
    .filter({ hasText: "Something Ada would rather" });
  await message.getByRole("button", { name: `Mute ${ben.pseudonym} for me` }).click();
  await expect(ada.page.getByRole("status").filter({ hasText: `You muted ${ben.pseudonym}.` })).toBeVisible();
  await expect(conversation(ada.page).getByText("Something Ada would rather not read.")).toHaveCount(0);

  await say(ben.page, "And one more thing.");
  await say(ada.page, "Hello, room.");
  // Ben is not told, and still reads Ada.
  await expect(conversation(ben.page).getByText("Hello, room.")).toBeVisible();
  await expect(ben.page.getByText(/muted/)).toHaveCount(0);
  await ada.page.reload();
  await expect(conversation(ada.page).getByText("Hello, room.")).toBeVisible();
  await expect(conversation(ada.page).getByText("And one more thing.")).toHaveCount(0);

  await ada.page.goto("/settings");
  await ada.page.getByRole("button", { name: `Unmute ${ben.pseudonym}` }).click();
  await expect(ada.page.getByText("You haven't muted anyone.")).toBeVisible();
  await ada.page.goto(`/rooms/${room.slug}`);
  await expect(conversation(ada.page).getByText("And one more thing.")).toBeVisible();
});
