// Every kind of message, laid out at every width from a small phone to a desktop, light and dark:
// no word of a message (author line, cover, content warning, body) lies under one of its controls,
// nothing is wider than the screen, and on phones every control is at least 44 × 44 px. Seen by a
// member (their own messages too: edited, held, hidden) and by one of the room's moderators.
import { randomBytes } from "node:crypto";
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import pg from "pg";
import { measureMessages } from "@/tests/e2e/message-overlaps";
import {
  appointModerator,
  appOrigin,
  conversation,
  createRoom,
  joinAsMember,
  password,
  signedInPerson,
} from "@/tests/e2e/people";

const widths = [320, 360, 375, 390, 414, 768, 1280];
const phone = 640;

const words = {
  evening: "Just checking in from the evening shift, it has been a long week for all of us.",
  thanks: "I wanted to say thank you to everyone here.",
  long:
    "Some days are easier than others. This morning I walked to the bakery on the corner, the one " +
    "we used to go to together, and I managed to buy bread without crying, which felt like a small " +
    "victory. Then in the afternoon a song came on the radio and I had to sit down on the kitchen " +
    "floor for a while. I keep reading that grief comes in waves and I think that is right: you " +
    "cannot stop them, you can only learn to float a little better each time.",
  unbroken: `Thank${"you".repeat(40)}`,
  link: `Here is the page: https://example.org/${"path".repeat(20)}`,
  crisis: "Honestly I want to die some nights.",
  warned: "The neighbours were shouting again last night and it brought everything back.",
};

/** A 24-letter pseudonym without a space: the longest one Hearth allows, in its widest letters. */
async function signUpWithLongPseudonym(browser: Browser): Promise<string> {
  const letters = [...randomBytes(22)].map((byte) => String.fromCharCode(65 + (byte % 26))).join("");
  const pseudonym = `WM${letters}`;
  const context = await browser.newContext();
  const response = await context.request.post("/api/signup", {
    data: { pseudonym, password },
    headers: { origin: appOrigin() },
  });
  expect(response.status()).toBe(201);
  await context.close();
  return pseudonym;
}

/** Every kind of message at once, written straight into the room (the layout is what is tested). */
async function seedEveryKind(slug: string, you: string, other: string, moderator: string) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ pseudonym: string; id: string }>(
      `SELECT pseudonym, id FROM "User" WHERE pseudonym = ANY($1)`,
      [[you, other, moderator]],
    );
    const id = (pseudonym: string) => rows.find((row) => row.pseudonym === pseudonym)?.id;
    const kinds: Array<{
      author: string;
      body: string;
      warning?: string;
      crisis?: boolean;
      edited?: boolean;
      held?: boolean;
      hidden?: boolean;
      reactionsFrom?: string[];
    }> = [
      { author: other, body: words.evening },
      { author: other, body: words.thanks, reactionsFrom: [you, moderator] },
      { author: you, body: words.evening, edited: true },
      { author: you, body: words.thanks, reactionsFrom: [other, moderator] },
      { author: other, body: "Hi." },
      { author: other, body: words.long, edited: true, reactionsFrom: [you] },
      { author: other, body: words.unbroken },
      { author: other, body: words.link },
      { author: other, body: words.warned, warning: `noise${"and".repeat(24)}` },
      { author: other, body: words.warned, warning: "shouting at home" },
      { author: other, body: words.crisis, crisis: true },
      { author: other, body: words.crisis, crisis: true, reactionsFrom: [you] },
      { author: you, body: words.crisis, crisis: true },
      { author: you, body: words.warned, warning: `noise${"and".repeat(24)}` },
      { author: you, body: words.thanks, held: true },
      { author: you, body: words.evening, hidden: true },
      { author: you, body: words.unbroken },
    ];
    for (const kind of kinds) {
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO "Message" ("roomId", "authorId", "clientId", body, "contentWarning", "crisisFlaggedAt",
                                "editedAt", "heldForReview", "heldFor", "hiddenAt")
         SELECT r.id, $2, gen_random_uuid(), $3, $4, CASE WHEN $5 THEN now() END, CASE WHEN $6 THEN now() END,
                $7, CASE WHEN $7 THEN 'careful_room'::"MessageHold" END, CASE WHEN $8 THEN now() END
         FROM "Room" r WHERE r.slug = $1 RETURNING id`,
        [
          slug,
          id(kind.author),
          kind.body,
          kind.warning ?? null,
          kind.crisis ?? false,
          kind.edited ?? false,
          kind.held ?? false,
          kind.hidden ?? false,
        ],
      );
      for (const reader of kind.reactionsFrom ?? []) {
        await client.query(
          `INSERT INTO "Reaction" ("messageId", "userId", kind) VALUES ($1, $2, 'hug'), ($1, $2, 'heart')`,
          [inserted.rows[0]?.id, id(reader)],
        );
      }
    }
  } finally {
    await client.end();
  }
}

/** Opens one covered message of each kind, so both a cover and what it covered are measured. */
async function openSomeCovers(page: Page) {
  const log = conversation(page).getByRole("log");
  await log
    .getByRole("article")
    .filter({ hasText: "shouting at home" })
    .getByRole("button", { name: /^Show message/ })
    .click();
  await log
    .getByRole("article")
    .filter({ hasText: "shared something painful" })
    .first()
    .getByRole("button", { name: /^Show message/ })
    .click();
  await expect(log.getByRole("button", { name: /^Cover it again/ })).toHaveCount(2);
}

async function expectClearAtEveryWidth(page: Page, who: string, longPseudonym: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
      colorScheme === "dark",
    );
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      const layout = await measureMessages(page);
      const where = `${who} at ${width} px, ${colorScheme}`;
      expect(layout.messages, where).toBeGreaterThanOrEqual(14);
      expect(layout.textRects, where).toBeGreaterThan(layout.messages * 2);
      expect(layout.controls, where).toBeGreaterThanOrEqual(layout.messages);
      // Soft: one run reports every width and scheme that is wrong, not only the first.
      expect.soft(layout.overlaps, `words under controls: ${where}`).toEqual([]);
      expect.soft(layout.tooWide, `wider than the screen: ${where}`).toEqual([]);
      if (width >= phone) continue;
      expect.soft(layout.small, `controls under 44 × 44 px: ${where}`).toEqual([]);
      // A message's menu, open, stays on the screen too (its items name the long pseudonym).
      const menuButton = conversation(page)
        .getByRole("button", { name: new RegExp(`^Actions for ${longPseudonym}'s message`) })
        .first();
      await menuButton.click();
      await expect(page.getByRole("menu")).toBeVisible();
      expect.soft((await measureMessages(page)).tooWide, `an open menu: ${where}`).toEqual([]);
      // Closed by its button, not Escape: Escape pressed three times leaves Hearth.
      await menuButton.click();
      await expect(page.getByRole("menu")).toHaveCount(0);
    }
  }
}

test("no word of any message lies under its controls, at any width, light or dark", async ({ browser }) => {
  test.setTimeout(120_000);
  const room = await createRoom("Layout");
  const you = await signedInPerson(browser, "You");
  const moderator = await signedInPerson(browser, "Mod");
  const other = await signUpWithLongPseudonym(browser);
  await seedEveryKind(room.slug, you.pseudonym, other, moderator.pseudonym);

  await joinAsMember(you.page, room.slug);
  const log = conversation(you.page).getByRole("log");
  await expect(log.getByText("Waiting for a moderator.")).toBeVisible();
  await expect(log.getByText("Hidden by a moderator; only you can see it.")).toBeVisible();
  await openSomeCovers(you.page);

  // The controls keep their place in the tab order: a cover's "Show message", then its menu.
  await you.page.setViewportSize({ width: 375, height: 900 });
  const covered = log
    .getByRole("article")
    .filter({ hasText: `noise${"and".repeat(24)}` })
    .first();
  await covered.getByRole("button", { name: /^Show message/ }).focus();
  await you.page.keyboard.press("Tab");
  await expect(covered.getByRole("button", { name: /^Actions for/ })).toBeFocused();

  await expectClearAtEveryWidth(you.page, "a member", other);

  // A moderator of the room sees the same messages (the held one is not shown to others).
  await appointModerator(room.slug, moderator.pseudonym);
  await moderator.page.goto(`/rooms/${room.slug}`);
  await expect(conversation(moderator.page).getByRole("log").getByText(words.long)).toBeVisible();
  await openSomeCovers(moderator.page);
  await expectClearAtEveryWidth(moderator.page, "a moderator", other);
});
