// Scheduled sessions in Chromium: a moderator schedules one and each person sees it on their
// own clock; a circle with a facilitator and two members (waiting, check-in and a pass, the
// floor, check-out, the end); and a session room that waits when no facilitator has come.
import { type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import pg from "pg";
import { noViolations } from "@/tests/e2e/axe";
import {
  appOrigin,
  appointModerator,
  conversation,
  createRoom,
  hydrated,
  joinAsMember,
  say,
  signedInPerson,
} from "@/tests/e2e/people";

const composer = (page: Page) => page.getByRole("textbox", { name: "Message", exact: true });
const panel = (page: Page) => page.getByRole("region", { name: "Session", exact: true });

/** A moderator appointed before arriving is already in the room: the page opens it at once. */
async function enterAsModerator(page: Page, slug: string) {
  await page.goto(`/rooms/${slug}`);
  await expect(page.getByRole("button", { name: "Leave room" })).toBeVisible();
}

/** A session scheduled through the API as the moderator's own browser would ("now" or London's clock). */
async function scheduleSession(page: Page, slug: string, facilitatorPseudonym: string, startsAt = "now") {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  const ids = await client
    .query<{ roomId: string; userId: string }>(
      `SELECT r.id AS "roomId", u.id AS "userId" FROM "Room" r, "User" u WHERE r.slug = $1 AND u.pseudonym = $2`,
      [slug, facilitatorPseudonym],
    )
    .finally(() => client.end());
  const { roomId, userId } = ids.rows[0]!;
  const response = await page.request.post("/api/sessions", {
    headers: { origin: appOrigin() },
    data: {
      roomId,
      theme: "Arriving gently",
      startsAt,
      timeZone: "Europe/London",
      durationMinutes: 60,
      facilitatorIds: [userId],
    },
  });
  expect(response.status()).toBe(201);
}

test("a moderator schedules a weekly session; each person sees it on their own clock", async ({
  browser,
}) => {
  const room = await createRoom("Evenings");
  const moderator = await signedInPerson(browser, "Fac", undefined, {
    timezoneId: "America/New_York",
    locale: "en-GB",
  });
  await appointModerator(room.slug, moderator.pseudonym);
  await enterAsModerator(moderator.page, room.slug);

  const tomorrow = await moderator.page.evaluate(() => {
    const day = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T19:00`;
  });
  await moderator.page.getByText("Sessions", { exact: true }).click();
  const form = moderator.page
    .getByRole("form")
    .or(moderator.page.locator("form", { hasText: "Schedule a session" }));
  await form.getByLabel("Theme, in a line").fill("Talking about the holidays");
  await expect(form.getByText("Starts (your time: America/New_York)")).toBeVisible();
  await form.getByLabel(/Starts/).fill(tomorrow);
  await form.getByLabel("Length").selectOption("90");
  await form.getByLabel("Every week at this time").check();
  await expect(form.getByLabel(`${moderator.pseudonym} (you)`)).toBeChecked();
  await form.getByRole("button", { name: "Schedule the session" }).click();
  await expect(form.getByText("The session is scheduled.")).toBeVisible();
  await expect(
    moderator.page.locator("li", { hasText: "Talking about the holidays · every week · 90 min" }),
  ).toContainText("Tomorrow, 19:00");
  // The room's own panel says it too, with a calendar file.
  await expect(panel(moderator.page).getByText("Tomorrow, 19:00")).toBeVisible();
  const calendar = await moderator.page.request.get(
    (await panel(moderator.page)
      .getByRole("link", { name: /Add to my calendar/ })
      .getAttribute("href"))!,
  );
  expect(await calendar.text()).toContain("DTSTART;TZID=America/New_York:");

  // Someone in Berlin sees the same session at 01:00 on their clock, the day after tomorrow.
  const reader = await signedInPerson(browser, "Ber", undefined, {
    timezoneId: "Europe/Berlin",
    locale: "en-GB",
  });
  await reader.page.goto("/rooms");
  const card = reader.page.getByRole("listitem").filter({ hasText: room.name });
  await expect(
    card.getByText(/Next session: .*01:00 · Talking about the holidays · every week/),
  ).toBeVisible();

  // Bad input gets a clear answer and keeps what was typed.
  await form.getByLabel("Theme, in a line").fill("Overlapping");
  await form.getByLabel(/Starts/).fill(tomorrow);
  await form.getByRole("button", { name: "Schedule the session" }).click();
  await expect(form.getByText("Overlaps another session in this room.")).toBeVisible();
  await expect(form.getByLabel("Theme, in a line")).toHaveValue("Overlapping");
});

test("a circle: waiting, check-in with a pass, the floor, check-out and the end", async ({ browser }) => {
  test.setTimeout(150_000);
  const room = await createRoom("Circle");
  const facilitator = await signedInPerson(browser, "Fac");
  await appointModerator(room.slug, facilitator.pseudonym);
  const ana = await signedInPerson(browser, "Ana");
  const ben = await signedInPerson(browser, "Ben");
  await joinAsMember(ana.page, room.slug);
  await joinAsMember(ben.page, room.slug);
  await scheduleSession(facilitator.page, room.slug, facilitator.pseudonym);

  // No facilitator has begun: the room waits, read-only, and says so kindly.
  await expect(panel(ana.page).getByText("starts when a facilitator arrives")).toBeVisible();
  await expect(ana.page.getByText("You can write once it begins.")).toBeVisible();
  await expect(composer(ana.page)).toHaveCount(0);

  await enterAsModerator(facilitator.page, room.slug);
  await panel(facilitator.page).getByRole("button", { name: "Begin the session" }).click();
  await expect(panel(ana.page).getByText("How are you arriving today?")).toBeVisible();
  await expect(panel(ana.page).getByText(`Facilitated by ${facilitator.pseudonym}.`)).toBeVisible();
  await expect(panel(ana.page).getByText(/Until \d\d:\d\d/)).toBeVisible();
  await expect(composer(ana.page)).toBeVisible();
  await noViolations(facilitator.page, "a running session, with the facilitator's controls");
  await noViolations(ana.page, "a running session, for a member");

  await say(facilitator.page, "Welcome. Let's go round.");
  const welcome = conversation(ben.page).getByRole("article").filter({ hasText: "Welcome. Let's go round." });
  await expect(welcome.getByText("facilitator", { exact: true })).toBeVisible();
  await panel(ana.page).getByRole("button", { name: "Pass" }).click();
  await expect(conversation(ben.page).getByText("I'll pass for now.")).toBeVisible();
  await say(ben.page, "Tired, but here.");
  await expect(conversation(facilitator.page).getByText("Tired, but here.")).toBeVisible();

  const controls = panel(facilitator.page);
  await controls.getByRole("button", { name: "Move on to sharing" }).click();
  await expect(panel(ana.page).getByText("How are you arriving today?")).toHaveCount(0);
  await controls.getByLabel("Give the floor to").selectOption({ label: ben.pseudonym });
  await controls.getByRole("button", { name: "Give the floor" }).click();
  await expect(panel(ana.page).getByText(`${ben.pseudonym} has the floor.`)).toBeVisible();
  await expect(composer(ana.page)).toHaveCount(0);
  await expect(panel(ben.page).getByText("You have the floor. Take your time.")).toBeVisible();
  await say(ben.page, "It was a hard week, and I want to talk about it.");
  await expect(conversation(ana.page).getByText("It was a hard week")).toBeVisible();
  await controls.getByRole("button", { name: "Open the floor to everyone" }).click();
  await expect(composer(ana.page)).toBeVisible();

  await controls.getByRole("button", { name: "Slow mode: off" }).click();
  await expect(ana.page.getByText("Slow mode: one message every 30 seconds")).toBeVisible();
  await controls.getByRole("button", { name: "Slow mode: on" }).click();
  await expect(ana.page.getByText("Slow mode: one message every 30 seconds")).toHaveCount(0);

  await controls.getByRole("button", { name: "Begin check-out" }).click();
  await expect(panel(ben.page).getByText("What will you take with you from today?")).toBeVisible();
  await controls.getByRole("button", { name: "End the session" }).click();
  await expect(panel(ana.page)).toHaveCount(0);
  await say(ana.page, "Thank you all.");
  await expect(conversation(ben.page).getByText("Thank you all.")).toBeVisible();
});

test("the facilitator can pause the room; members read and wait", async ({ browser }) => {
  const room = await createRoom("Pause");
  const facilitator = await signedInPerson(browser, "Fac");
  await appointModerator(room.slug, facilitator.pseudonym);
  const ana = await signedInPerson(browser, "Ana");
  await joinAsMember(ana.page, room.slug);
  await scheduleSession(facilitator.page, room.slug, facilitator.pseudonym);
  await enterAsModerator(facilitator.page, room.slug);
  await panel(facilitator.page).getByRole("button", { name: "Begin the session" }).click();
  await panel(facilitator.page).getByRole("button", { name: "Pause the room" }).click();
  await expect(panel(ana.page).getByText("The facilitator paused the room for a moment.")).toBeVisible();
  await expect(composer(ana.page)).toHaveCount(0);
  await say(facilitator.page, "Let's take a breath together.");
  await expect(conversation(ana.page).getByText("Let's take a breath together.")).toBeVisible();
  await panel(facilitator.page).getByRole("button", { name: "Resume the room" }).click();
  await expect(composer(ana.page)).toBeVisible();
});

test("a follower is reminded, calmly, on whatever page of Hearth is open", async ({ browser }) => {
  const room = await createRoom("Remind");
  const facilitator = await signedInPerson(browser, "Fac");
  await appointModerator(room.slug, facilitator.pseudonym);
  const londonClock = (minutesAhead: number) =>
    new Date(Date.now() + minutesAhead * 60_000)
      .toLocaleString("sv-SE", { timeZone: "Europe/London" })
      .slice(0, 16)
      .replace(" ", "T");
  await scheduleSession(facilitator.page, room.slug, facilitator.pseudonym, londonClock(3 * 24 * 60));

  const ana = await signedInPerson(browser, "Ana");
  await ana.page.goto(`/rooms/${room.slug}`);
  const follow = panel(ana.page).getByRole("button", { name: "Follow this room's sessions" });
  await hydrated(follow);
  await follow.click();
  await expect(panel(ana.page).getByRole("button", { name: "Following this room's sessions" })).toBeVisible();
  await expect(panel(ana.page).getByText("Hearth will remind you shortly before each session")).toBeVisible();

  await ana.page.goto("/resources");
  await scheduleSession(facilitator.page, room.slug, facilitator.pseudonym, londonClock(10));
  const reminder = ana.page.getByRole("region", { name: "Session reminder" });
  await expect(reminder).toContainText(`A session in ${room.name} starts at`);
  await expect(reminder).toContainText("Arriving gently");
  await reminder.getByRole("link", { name: "Go to the room" }).click();
  await expect(ana.page).toHaveURL(new RegExp(`/rooms/${room.slug}$`));
});
