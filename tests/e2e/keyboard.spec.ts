// By keyboard alone: sign up, listen, join and post, open a covered message, react and report,
// with focus always somewhere sensible and every control named after its message.
import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import { conversation, createRoom, joinAsMember, say, signedInPerson } from "@/tests/e2e/people";

const password = "lantern meadow quietly";

/** Presses Tab until the target has focus (a person tabbing through the page), at most `limit` times. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("sign up, listen, post, react and report with the keyboard alone", async ({ browser, page }) => {
  const room = await createRoom("Keyboard");
  const ada = await signedInPerson(browser, "Ada");
  await joinAsMember(ada.page, room.slug);
  await say(ada.page, "Is anyone here tonight?");
  await say(ada.page, "It was a long day.", "a hard day at work");

  await page.goto(`/signup?next=${encodeURIComponent(`/rooms/${room.slug}?listen=1`)}`);
  const pseudonym = await page.getByLabel("Pseudonym").inputValue();
  await tabTo(page, page.getByLabel("Password", { exact: true }));
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Welcome, ${pseudonym}` })).toBeFocused();
  await tabTo(page, page.getByLabel("I have saved my recovery code somewhere safe."));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Continue to Hearth" }));
  await page.keyboard.press("Enter");

  // Listening at once; focus is in the conversation, not on <body>.
  await expect(conversation(page)).toBeFocused();
  await expect(page.getByRole("log")).toContainText("Is anyone here tonight?");

  // Joining to write asks for the guidelines first, with focus on them.
  await tabTo(page, page.getByRole("button", { name: "Join as a member" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Before you write: this room's guidelines" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "I accept them: join as a member" }));
  await page.keyboard.press("Enter");
  const message = page.getByLabel("Message", { exact: true });
  await tabTo(page, message);
  await page.keyboard.type("Thank you for having me.");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("article", { name: /^Your message at/ })).toContainText(
    "Thank you for having me.",
  );

  // Editing one's own message: focus goes into the box, and after saving to the edited words
  // (the Edit button is not offered while the box is open, so it cannot take focus back).
  const mine = page.getByRole("article", { name: /^Your message at/ });
  await mine.getByRole("button", { name: /^Edit your message at/ }).focus();
  await page.keyboard.press("Enter");
  await expect(mine.getByRole("textbox")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Thank you all for having me.");
  await page.keyboard.press("Tab");
  await expect(mine.getByRole("button", { name: "Save" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(mine.getByText("Thank you all for having me.")).toBeFocused();

  // A covered message: the button names whose message it is, and focus moves into the words.
  const covered = page.getByRole("article", { name: new RegExp(`^${ada.pseudonym}'s message at`) }).last();
  const show = covered.getByRole("button", {
    name: `Show message: ${ada.pseudonym}'s message at`,
    exact: false,
  });
  await expect(show).toHaveAttribute("aria-expanded", "false");
  await tabTo(page, show);
  await page.keyboard.press("Enter");
  await expect(covered.getByText("It was a long day.")).toBeFocused();
  // Covered again and shown again: focus moves into the words again.
  await covered.getByRole("button", { name: /^Cover it again/ }).focus();
  await page.keyboard.press("Enter");
  await show.focus();
  await page.keyboard.press("Enter");
  await expect(covered.getByText("It was a long day.")).toBeFocused();

  // One Tab stop per message's reactions and actions; arrow keys move within.
  const first = page.getByRole("article", { name: new RegExp(`^${ada.pseudonym}'s message at`) }).first();
  const toolbar = first.getByRole("toolbar", {
    name: new RegExp(`^Reactions and actions for ${ada.pseudonym}'s message at`),
  });
  await tabTo(page, toolbar.getByRole("button", { name: "Heart" }));
  await page.keyboard.press("Tab");
  await expect(toolbar.getByRole("button").first()).not.toBeFocused();
  await expect(page.locator(":focus")).not.toHaveAttribute("aria-pressed", /.*/);
  await page.keyboard.press("Shift+Tab");
  await expect(toolbar.getByRole("button", { name: "Heart" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Hug" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(toolbar.getByRole("button", { name: "Hug" })).toHaveAttribute("aria-pressed", "true");

  // Report: focus goes into the form; Escape closes it and returns to Report; then sent.
  // The row ends: … Report, Mute for me, Block.
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  const report = toolbar.getByRole("button", { name: `Report ${ada.pseudonym}'s message at`, exact: false });
  await expect(report).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(first.getByLabel("Why are you reporting this?")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(first.getByRole("form")).toHaveCount(0);
  await expect(report).toBeFocused();
  await page.keyboard.press("Enter");
  await tabTo(page, first.getByRole("button", { name: "Send report" }));
  await page.keyboard.press("Enter");
  await expect(first.getByText("Thank you. A moderator will look at this.")).toBeFocused();
});

test("new messages from others are announced once, several together as one", async ({ browser }) => {
  const room = await createRoom("Announce");
  const ada = await signedInPerson(browser, "Ada");
  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ada.page, room.slug);
  await joinAsMember(ben.page, room.slug);
  const live = ben.page.locator("[aria-live=polite].sr-only");
  await say(ada.page, "First thing");
  await expect(live).toHaveText(`New message from ${ada.pseudonym}: First thing`);
  await say(ada.page, "Second");
  await say(ada.page, "Third");
  await expect(live).toHaveText(
    new RegExp(
      `^(2 new messages\\. ${ada.pseudonym}: Second ${ada.pseudonym}: Third|New message from ${ada.pseudonym}: Third)$`,
    ),
  );
  await expect(ben.page.getByRole("log")).toContainText("Third");
});
