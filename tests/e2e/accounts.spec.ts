// A person's first visit, in real Chromium: signing up, the recovery code, signing out and in,
// the errors they can meet, and recovering the account.
import { type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import { appOrigin } from "@/tests/e2e/people";

const password = "lantern meadow quietly";
// Letters only: digits could spell a reserved name ("57aff" reads as "staff").
const uniqueName = (prefix: string) =>
  `${prefix} ${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

async function signUpThroughApi(page: Page, pseudonym: string) {
  const response = await page.request.post("/api/signup", {
    data: { pseudonym, password },
    headers: { origin: appOrigin() },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; pseudonym: string; recoveryCode: string };
}

async function signInThroughForm(page: Page, pseudonym: string, secret: string) {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  await page.getByLabel("Pseudonym").fill(pseudonym);
  await page.getByLabel("Password").fill(secret);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a new person signs up, confirms the recovery code, signs out and signs in again", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Need help now?" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/signup$/);

  // A name is already there, and another is one press away.
  const suggested = /^[A-Z][a-z]+ [A-Z][a-z]+ \d+$/;
  await expect(page.getByLabel("Pseudonym")).toHaveValue(suggested);
  const first = await page.getByLabel("Pseudonym").inputValue();
  await page.getByRole("button", { name: "Another suggestion" }).click();
  await expect(page.getByLabel("Pseudonym")).not.toHaveValue(first);
  await expect(page.getByLabel("Pseudonym")).toHaveValue(suggested);
  const pseudonym = uniqueName("Gentle Heron");
  await page.getByLabel("Pseudonym").fill(pseudonym);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create my account" }).click();

  await expect(page.getByRole("heading", { name: `Welcome, ${pseudonym}` })).toBeVisible();
  const code = await page.getByTestId("recovery-code").textContent();
  expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
  const continueButton = page.getByRole("button", { name: "Continue to Hearth" });
  await expect(continueButton).toBeDisabled();
  await page.getByLabel("I have saved my recovery code somewhere safe.").check();
  await continueButton.click();

  // Someone new is welcomed as someone new, among the rooms, with focus on the greeting.
  await expect(page).toHaveURL(/\/rooms\?welcome=1$/);
  await expect(
    page.getByRole("heading", { level: 1, name: `Welcome to Hearth, ${pseudonym}` }),
  ).toBeFocused();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(pseudonym);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: /carry it alone/ })).toBeVisible();

  await signInThroughForm(page, pseudonym, password);
  await expect(page.getByRole("heading", { name: `Welcome back, ${pseudonym}` })).toBeVisible();
});

test("a wrong password shows an error in words and keeps what was typed", async ({ page }) => {
  const member = await signUpThroughApi(page, uniqueName("Steady Cedar"));
  await signInThroughForm(page, member.pseudonym, "not the right password");
  const passwordField = page.getByLabel("Password");
  await expect(passwordField).toHaveAccessibleDescription(/do not match/);
  await expect(passwordField).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Pseudonym")).toHaveValue(member.pseudonym);
  await expect(page).toHaveURL(/\/signin/);
});

test("a taken pseudonym shows an error at the field", async ({ page }) => {
  const taken = await signUpThroughApi(page, uniqueName("Warm Tide"));
  await page.goto("/signup");
  await page.getByLabel("Pseudonym").fill(taken.pseudonym.toLowerCase());
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create my account" }).click();
  const field = page.getByLabel("Pseudonym");
  await expect(field).toHaveAccessibleDescription(/Someone already uses that pseudonym/);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("recovery-code")).toHaveCount(0);
});

test("a weak password is explained next to the password field", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Pseudonym").fill(uniqueName("Brave Robin"));
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/most common/);
});

test("recovery with the code works once, and not twice", async ({ page }) => {
  const member = await signUpThroughApi(page, uniqueName("Misty Birch"));
  const newPassword = "a fresh start passphrase";

  await page.goto("/signin");
  await page.getByRole("link", { name: "Use your recovery code" }).click();
  await expect(page.getByRole("heading", { name: "Recover your account" })).toBeVisible();
  await page.getByLabel("Pseudonym").fill(member.pseudonym);
  await page.getByLabel("Recovery code").fill(member.recoveryCode);
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Set my new password" }).click();

  await expect(page.getByRole("heading", { name: "Your password is changed" })).toBeVisible();
  const newCode = await page.getByTestId("recovery-code").textContent();
  expect(newCode).not.toBe(member.recoveryCode);
  await page.getByLabel("I have saved my recovery code somewhere safe.").check();
  await page.getByRole("button", { name: "Continue to Hearth" }).click();
  await expect(page.getByRole("heading", { name: `Welcome back, ${member.pseudonym}` })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
  await page.goto("/recover");
  await page.getByLabel("Pseudonym").fill(member.pseudonym);
  await page.getByLabel("Recovery code").fill(member.recoveryCode);
  await page.getByLabel("New password").fill("another fresh passphrase");
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page.getByLabel("Recovery code")).toHaveAccessibleDescription(/do not match/);

  await signInThroughForm(page, member.pseudonym, newPassword);
  await expect(page.getByRole("heading", { name: `Welcome back, ${member.pseudonym}` })).toBeVisible();
});

test("changing the password in settings keeps this browser signed in", async ({ page }) => {
  const member = await signUpThroughApi(page, uniqueName("Soft Clover"));
  await signInThroughForm(page, member.pseudonym, password);
  await page.getByRole("link", { name: `Settings for ${member.pseudonym}` }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await page.getByLabel("Current password").fill(password);
  await page.getByLabel("New password").fill("an entirely new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
});

test("what is typed before the page finishes loading is kept, and never lands in the address bar", async ({
  page,
}) => {
  const member = await signUpThroughApi(page, uniqueName("Little Dune"));
  // Hold the page's scripts back so the person types into the server-rendered form.
  let releaseScripts = () => {};
  const scriptsReleased = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await scriptsReleased;
    await route.continue();
  });
  await page.goto("/signin", { waitUntil: "commit" });
  await page.getByLabel("Pseudonym").fill(member.pseudonym);
  await page.getByLabel("Password").fill(password);
  releaseScripts();
  await page.waitForLoadState("load");
  await expect(page.getByLabel("Password")).toHaveValue(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: `Welcome back, ${member.pseudonym}` })).toBeVisible();
  expect(page.url()).not.toContain("password");
});
