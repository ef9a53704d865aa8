// Notices that wait, and an appeal from both sides, in real browsers: a member muted while away
// finds the notice from the header, with the end of the mute in their own time; asks for a
// review; another moderator reverses it; the member is told, live, and can write again. Rank
// holds: an admin's warning to a moderator is offered for review to another admin only.
import { expect, test } from "@/tests/e2e/test";
import pg from "pg";
import {
  appOrigin,
  appointModerator,
  createRoom,
  joinAsMember,
  makeAdmin,
  say,
  signedInPerson,
} from "@/tests/e2e/people";

async function idsOf(slug: string, pseudonym: string) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ roomId: string; userId: string }>(
      `SELECT r.id AS "roomId", u.id AS "userId" FROM "Room" r, "User" u WHERE r.slug = $1 AND u.pseudonym = $2`,
      [slug, pseudonym],
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

test("a member muted while away finds the notice, asks for a review, and another moderator reverses it", async ({
  browser,
}) => {
  // Two journeys in one (five people): longer than the default minute on a busy machine.
  test.setTimeout(120_000);
  const room = await createRoom("Appeals");
  const actor = await signedInPerson(browser, "Mod");
  const reviewer = await signedInPerson(browser, "Oli");
  await appointModerator(room.slug, actor.pseudonym);
  await appointModerator(room.slug, reviewer.pseudonym);
  const mia = await signedInPerson(browser, "Mia");
  await joinAsMember(mia.page, room.slug);
  await say(mia.page, "Hello everyone.");
  await mia.page.goto("/rooms");

  await actor.page.goto(`/rooms/${room.slug}`);
  await actor.page.getByText("Moderator tools").click();
  await actor.page
    .getByLabel("Reason (needed for every action, and logged)")
    .fill("Too many messages at once");
  await actor.page.getByLabel("Mute length in minutes").fill("60");
  await actor.page.getByRole("button", { name: `Mute ${mia.pseudonym}`, exact: true }).click();

  // Away from the room, Mia is told calmly in the header; the page keeps every notice.
  const header = mia.page.getByRole("navigation", { name: "Main" });
  await header.getByRole("link", { name: "Notices: something new" }).click();
  const notice = mia.page.getByRole("article", { name: /Your messages were paused/ });
  await expect(notice.getByText("New")).toBeVisible();
  await expect(notice).toContainText("paused your messages for 1 hour");
  await expect(notice).toContainText("Too many messages at once");
  await expect(notice.getByText(/^Until (tomorrow, )?\d\d:\d\d( [AP]M)?\.$/)).toBeVisible();
  await expect(notice).not.toContainText("T0");
  await expect(header.getByRole("link", { name: "Notices", exact: true })).toBeVisible();

  await notice.getByRole("button", { name: "Ask for a review" }).click();
  const form = notice.getByRole("form", { name: "Ask for a review" });
  await expect(form.getByRole("textbox")).toBeFocused();
  await form.getByRole("textbox").fill("I was answering three people at once.");
  await form.getByRole("button", { name: "Send" }).click();
  await expect(notice.getByText(/You asked for a review/)).toBeVisible();

  // The moderator who acted does not review it; the other moderator does.
  await actor.page.goto("/mod");
  await expect(actor.page.getByRole("heading", { name: "Appeals to review" })).toHaveCount(0);
  await reviewer.page.goto("/mod");
  const appeal = reviewer.page.getByRole("article", { name: `Appeal from ${mia.pseudonym}` });
  await expect(appeal).toContainText("I was answering three people at once.");
  await expect(appeal).toContainText("Too many messages at once");
  await appeal.getByLabel("Reason for your decision").fill("Answering people is welcome.");
  await appeal.getByRole("button", { name: "Reverse the decision" }).click();
  await expect(appeal).toHaveCount(0);

  // Mia, still on her notices page, sees the outcome arrive.
  await expect(mia.page.getByRole("article", { name: /Your review was decided/ })).toContainText(
    "Answering people is welcome.",
  );
  await expect(notice.getByText("Reviewed: the decision was reversed.")).toBeVisible();
  await mia.page.goto(`/rooms/${room.slug}`);
  await say(mia.page, "Thank you for looking again.");
  await expect(mia.page.getByText("Thank you for looking again.")).toBeVisible();

  // An admin warns Oli, a moderator of the room. Oli asks for a review; the room's other
  // moderator is not offered it, nor is the admin who acted; another admin is.
  const [ann, abe] = [await signedInPerson(browser, "Ann"), await signedInPerson(browser, "Abe")];
  await makeAdmin(ann.pseudonym);
  await makeAdmin(abe.pseudonym);
  const warned = await ann.page.request.post("/api/mod/actions", {
    data: {
      action: "warn",
      ...(await idsOf(room.slug, reviewer.pseudonym)),
      reason: "Be gentler in replies",
    },
    headers: { origin: appOrigin() },
  });
  expect(warned.status()).toBe(200);
  await reviewer.page.goto("/notices");
  const warning = reviewer.page.getByRole("article", { name: /A warning from a moderator/ });
  await warning.getByRole("button", { name: "Ask for a review" }).click();
  await warning
    .getByRole("form", { name: "Ask for a review" })
    .getByRole("textbox")
    .fill("I was quoting the guidelines.");
  await warning.getByRole("form", { name: "Ask for a review" }).getByRole("button", { name: "Send" }).click();
  await expect(warning.getByText(/You asked for a review/)).toBeVisible();

  for (const notOffered of [actor.page, ann.page]) {
    await notOffered.goto("/mod");
    await expect(notOffered.getByRole("heading", { name: "Moderation", level: 1 })).toBeVisible();
    await expect(notOffered.getByRole("article", { name: `Appeal from ${reviewer.pseudonym}` })).toHaveCount(
      0,
    );
  }
  await abe.page.goto("/mod");
  const admins = abe.page.getByRole("article", { name: `Appeal from ${reviewer.pseudonym}` });
  await expect(admins).toContainText("I was quoting the guidelines.");
  await expect(admins.getByRole("button", { name: "Keep the decision" })).toBeEnabled();
});
