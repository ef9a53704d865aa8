// A newcomer's first visit, counted: from the landing page to listening in a room in seven
// actions or fewer, reading the room and its guidelines before having an account, welcomed as
// someone new, and with focus following each step.
import { type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import { createRoom, appOrigin } from "@/tests/e2e/people";

const password = "lantern meadow quietly";

/** Counts what the person does: each click, tick or filled field is one action. */
function counter(page: Page) {
  let actions = 0;
  return {
    get count() {
      return actions;
    },
    async click(name: string, role: "link" | "button" = "button") {
      actions += 1;
      await page.getByRole(role, { name, exact: true }).first().click();
    },
    async fill(label: string, value: string) {
      actions += 1;
      await page.getByLabel(label, { exact: true }).fill(value);
    },
    async check(label: string) {
      actions += 1;
      await page.getByLabel(label).check();
    },
  };
}

test("a newcomer listens in a room in seven actions or fewer", async ({ page }) => {
  const room = await createRoom("First visit");
  const person = counter(page);
  await page.goto("/");

  await person.click("See the rooms", "link");
  // The directory speaks of activity in words, never as counts that read as empty.
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: room.name }) });
  await expect(card).toContainText("Quiet so far");
  await expect(card).not.toContainText(/places taken|here now/);

  await person.click(room.name, "link");
  // Before any account: what the room is for, and its guidelines.
  await expect(page.getByRole("heading", { level: 1, name: room.name })).toBeVisible();
  await expect(page.getByText("A room for one test.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Listen first." })).toBeVisible();

  await person.click("Sign up to listen", "link");
  // A pseudonym is already there.
  const pseudonym = await page.getByLabel("Pseudonym").inputValue();
  expect(pseudonym).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ \d+$/);
  await person.fill("Password", password);
  await person.click("Create my account");
  await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${pseudonym}` })).toBeFocused();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await person.check("I have saved my recovery code somewhere safe.");
  await person.click("Continue to Hearth");

  // In the room, listening, greeted as someone new.
  await expect(page).toHaveURL(new RegExp(`/rooms/${room.slug}\\?listen=1&welcome=1$`));
  await expect(page.getByText(`Welcome to Hearth, ${pseudonym}.`)).toBeVisible();
  await expect(page.getByText("Welcome back")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Conversation" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Join as a member" })).toBeVisible();
  expect(person.count).toBeLessThanOrEqual(7);
  test.info().annotations.push({ type: "actions", description: String(person.count) });
});

test("a listener reads the guidelines and accepts them before writing", async ({ browser }) => {
  const room = await createRoom("Guidelines later");
  const context = await browser.newContext();
  const page = await context.newPage();
  const pseudonym = `Later ${Date.now().toString(36).replace(/\d/g, "x")}`;
  expect(
    (
      await page.request.post("/api/signup", {
        data: { pseudonym, password },
        headers: { origin: appOrigin() },
      })
    ).status(),
  ).toBe(201);
  await page.goto("/signin");
  await page.getByLabel("Pseudonym").fill(pseudonym);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));

  await page.goto(`/rooms/${room.slug}`);
  // Listening asks for nothing.
  await page.getByRole("button", { name: "Listen only" }).click();
  await expect(page.getByRole("region", { name: "Conversation" })).toBeVisible();
  await page.getByRole("button", { name: "Join as a member" }).click();
  await expect(page.getByRole("heading", { name: "Before you write: this room's guidelines" })).toBeFocused();
  await page.getByRole("button", { name: "I accept them: join as a member" }).click();
  await expect(page.getByRole("button", { name: "Switch to listening" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Message", exact: true })).toBeVisible();
  await context.close();
});

test("sign-up refuses to continue to another site", async ({ page }) => {
  await page.goto("/signup?next=//evil.example/rooms");
  await expect(page.getByRole("link", { name: "Sign in" }).last()).toHaveAttribute(
    "href",
    "/signin?callbackUrl=%2Frooms",
  );
});
