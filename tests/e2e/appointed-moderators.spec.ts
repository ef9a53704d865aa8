// Sessions as people find them, in Chromium: an admin appoints a volunteer who has never been in
// the room, the volunteer schedules their own session and runs it (beginning brings them in), and
// a session scheduled in Tokyo shows on New York's clock to everyone who can see the room: signed
// out, signed in and outside it, listening, and in it; live, without reloading.
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import { noViolations } from "@/tests/e2e/axe";
import { conversation, createRoom, joinAsMember, makeAdmin, say, signedInPerson } from "@/tests/e2e/people";

const panel = (page: Page) => page.getByRole("region", { name: "Session", exact: true });
const composer = (page: Page) => page.getByRole("textbox", { name: "Message", exact: true });
const tokyo = { timezoneId: "Asia/Tokyo", locale: "en-GB" };
const newYork = { timezoneId: "America/New_York", locale: "en-GB" };

/** An admin whose browser is in Tokyo, signed in. */
async function adminInTokyo(browser: Browser) {
  const admin = await signedInPerson(browser, "Keeper", undefined, tokyo);
  await makeAdmin(admin.pseudonym);
  return admin;
}

async function appointFromAdmin(admin: Page, room: { name: string }, pseudonym: string) {
  await admin.goto("/admin");
  await admin.getByLabel("Reason (needed for every change, and logged)").fill("A volunteer for the room");
  await admin.getByLabel(`Appoint a moderator (pseudonym) for ${room.name}`).fill(pseudonym);
  await admin
    .getByRole("listitem")
    .filter({ hasText: room.name })
    .getByRole("button", { name: "Appoint", exact: true })
    .click();
  await expect(admin.getByText(`${pseudonym} now moderates ${room.name}.`)).toBeVisible();
}

test("appointed from /admin, never in the room: the volunteer schedules their session and runs it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const room = await createRoom("Appointed");
  const admin = await adminInTokyo(browser);
  const volunteer = await signedInPerson(browser, "Vol", undefined, tokyo);
  const ana = await signedInPerson(browser, "Ana");
  await joinAsMember(ana.page, room.slug);
  await appointFromAdmin(admin.page, room, volunteer.pseudonym);

  // The admin's form offers the volunteer, who has not joined the room.
  await admin.page.goto(`/rooms/${room.slug}`);
  await admin.page.getByText("Sessions", { exact: true }).click();
  await expect(admin.page.getByRole("checkbox", { name: volunteer.pseudonym, exact: true })).toBeVisible();

  // The volunteer, outside the room, schedules their own session; a slip is told in words.
  await volunteer.page.goto(`/rooms/${room.slug}`);
  await expect(volunteer.page.getByRole("button", { name: "Join as a member" })).toBeVisible();
  await volunteer.page.getByText("Sessions", { exact: true }).click();
  const form = volunteer.page.locator("form", { hasText: "Schedule a session" });
  await form.getByLabel("Theme, in a line").fill("Arriving gently");
  await form.getByLabel("Start now").check();
  const me = form.getByLabel(`${volunteer.pseudonym} (you)`);
  await expect(me).toBeChecked();
  await me.uncheck();
  await form.getByRole("button", { name: "Schedule the session" }).click();
  await expect(
    form.getByText("Please check what you entered. Facilitators: Choose one or two facilitators."),
  ).toBeVisible();
  await expect(form.getByRole("group", { name: /Facilitators/ })).toContainText(
    "Choose one or two facilitators.",
  );
  await expect(volunteer.page.getByText("facilitatorIds")).toHaveCount(0);
  await me.check();
  await form.getByRole("button", { name: "Schedule the session" }).click();
  await expect(form.getByText("The session is scheduled.")).toBeVisible();

  // The room waits for its facilitator; the volunteer, still outside, can begin it.
  await expect(panel(ana.page).getByText("starts when a facilitator arrives")).toBeVisible();
  await expect(composer(ana.page)).toHaveCount(0);
  const controls = panel(volunteer.page);
  await expect(controls.getByText("Beginning brings you into the room as a member")).toBeVisible();
  await noViolations(volunteer.page, "a session waiting for a facilitator who has not joined the room");
  await controls.getByRole("button", { name: "Begin the session" }).click();

  // Beginning brought them in: the room opens on their page, and they lead it.
  await expect(volunteer.page.getByRole("button", { name: "Leave room" })).toBeVisible();
  await expect(controls.getByText("Beginning brings you into the room")).toHaveCount(0);
  await expect(panel(ana.page).getByText("How are you arriving today?")).toBeVisible();
  await expect(panel(ana.page).getByText(`Facilitated by ${volunteer.pseudonym}.`)).toBeVisible();
  await say(volunteer.page, "Welcome. Let's go round.");
  const welcome = conversation(ana.page).getByRole("article").filter({ hasText: "Welcome. Let's go round." });
  await expect(welcome.getByText("facilitator", { exact: true })).toBeVisible();
  await say(ana.page, "Tired, but here.");
  await expect(conversation(volunteer.page).getByText("Tired, but here.")).toBeVisible();
  await controls.getByRole("button", { name: "Move on to sharing" }).click();
  // Sharing has begun for Ana before the floor is given (as in sessions.spec.ts): two controls
  // sent at once may reach her in either order.
  await expect(panel(ana.page).getByText("How are you arriving today?")).toHaveCount(0);
  await controls.getByLabel("Give the floor to").selectOption({ label: ana.pseudonym });
  await controls.getByRole("button", { name: "Give the floor" }).click();
  await expect(panel(ana.page).getByText("You have the floor. Take your time.")).toBeVisible();
  await controls.getByRole("button", { name: "End the session" }).click();
  await expect(panel(ana.page)).toHaveCount(0);
});

test("scheduled in Tokyo, shown on New York's clock to everyone who can see the room, live", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const room = await createRoom("Clocks");
  const admin = await adminInTokyo(browser);
  const outside = await signedInPerson(browser, "Nyc", undefined, newYork);
  const listener = await signedInPerson(browser, "Lis", undefined, newYork);
  const member = await signedInPerson(browser, "Mem", undefined, newYork);
  await outside.page.goto(`/rooms/${room.slug}`);
  await expect(outside.page.getByRole("button", { name: "Join as a member" })).toBeVisible();
  await listener.page.goto(`/rooms/${room.slug}`);
  await listener.page.getByRole("button", { name: "Listen only" }).click();
  await expect(listener.page.getByRole("button", { name: "Join as a member" })).toBeVisible();
  await joinAsMember(member.page, room.slug);
  for (const person of [outside, listener, member]) await expect(panel(person.page)).toHaveCount(0);

  // 19:00 tomorrow on Tokyo's clock is 05:00 in New York (14 hours behind in December).
  await admin.page.goto(`/rooms/${room.slug}`);
  const tomorrowInTokyo = await admin.page.evaluate(() => {
    const day = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T19:00`;
  });
  await admin.page.getByText("Sessions", { exact: true }).click();
  const form = admin.page.locator("form", { hasText: "Schedule a session" });
  await form.getByLabel("Theme, in a line").fill("The holidays, gently");
  await expect(form.getByText("Starts (your time: Asia/Tokyo)")).toBeVisible();
  await form.getByLabel(/Starts/).fill(tomorrowInTokyo);
  await form.getByLabel("Length").selectOption("60");
  await expect(form.getByLabel(`${admin.pseudonym} (you)`)).toBeChecked();
  await form.getByRole("button", { name: "Schedule the session" }).click();
  await expect(form.getByText("The session is scheduled.")).toBeVisible();

  for (const person of [outside, listener, member]) {
    const shown = panel(person.page);
    await expect(shown.getByText(/Next session: .*05:00 · The holidays, gently/)).toBeVisible();
    await expect(shown.getByText(`Facilitated by ${admin.pseudonym}.`)).toBeVisible();
    await expect(shown.getByRole("link", { name: "Add to my calendar (.ics)" })).toBeVisible();
    await expect(shown.getByRole("button", { name: "Follow this room's sessions" })).toBeVisible();
  }
  await panel(outside.page).getByRole("button", { name: "Follow this room's sessions" }).click();
  await expect(
    panel(outside.page).getByRole("button", { name: "Following this room's sessions" }),
  ).toBeVisible();
  await outside.page.reload();
  await expect(panel(outside.page).getByText(/Next session: .*05:00/)).toBeVisible();

  // Someone not signed in, in New York, sees the same, with a way to follow.
  const visitorContext = await browser.newContext(newYork);
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/rooms/${room.slug}`);
  const shown = panel(visitor);
  await expect(shown.getByText(/Next session: .*05:00 · The holidays, gently/)).toBeVisible();
  await expect(shown.getByText(`Facilitated by ${admin.pseudonym}.`)).toBeVisible();
  await expect(shown.getByRole("link", { name: "Sign in to follow this room's sessions" })).toBeVisible();
  const calendar = await visitor.request.get(
    (await shown.getByRole("link", { name: "Add to my calendar (.ics)" }).getAttribute("href"))!,
  );
  expect(await calendar.text()).toMatch(/DTSTART;TZID=Asia\/Tokyo:\d{8}T190000/);
  await noViolations(visitor, "a room's next session, signed out");
});
