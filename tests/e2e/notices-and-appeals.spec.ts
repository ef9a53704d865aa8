// Notices that wait, and an appeal from both sides, in real browsers: a member muted while away
// finds the notice from the header, with the end of the mute in their own time; asks for a
// review; another moderator reverses it; the member is told, live, and can write again.
import { expect, test } from "@playwright/test";
import { appointModerator, createRoom, joinAsMember, say, signedInPerson } from "@/tests/e2e/people";

test("a member muted while away finds the notice, asks for a review, and another moderator reverses it", async ({
  browser,
}) => {
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
  await actor.page.getByRole("button", { name: `Mute ${mia.pseudonym}` }).click();

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
});
