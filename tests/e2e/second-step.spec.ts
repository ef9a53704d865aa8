// A second step at sign-in in Chromium (decision 0028): turning the authenticator app on in
// /settings (the key read from the page, codes computed here with otpauth), signing out, and
// signing in with the password and then a code; a moderator without a second step finds their
// tools waiting and sets it up in one go. These run on the staff-gated Hearth, with the staff gate
// on (tests/e2e/staff-gate-server.ts; the shared server runs with it off for the other journeys).
import { type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import { noViolations } from "@/tests/e2e/axe";
import { appointModerator, createRoom, password, signedInPerson } from "@/tests/e2e/people";
import { staffGateServer } from "@/tests/e2e/staff-gate-server";
import { appCode } from "@/tests/factories/second-factor";

const baseURL = staffGateServer();

// axe looks at each page four times.
test.setTimeout(180_000);

const codeFor = (key: string, stepsAhead = 0) => appCode(key.replace(/\s/g, ""), stepsAhead);

/** Starts the setup and reads the key shown, as a person types it into their app. */
async function beginSetup(page: Page, startLabel: string): Promise<string> {
  await page.getByRole("button", { name: startLabel }).click();
  await expect(page.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
  const key = (await page.getByTestId("app-secret").textContent()) ?? "";
  expect(key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
  return key;
}

/** Confirms the setup with the app's code of this moment. */
async function turnOn(page: Page, key: string): Promise<void> {
  await page.getByLabel("Code from your authenticator app").fill(codeFor(key));
  await page.getByRole("button", { name: "Turn on" }).click();
}

test("the app turned on in settings, then sign-in asks for its code", async ({ browser }) => {
  const ada = await signedInPerson(browser, "Ada", baseURL);
  const { page } = ada;
  await page.goto("/settings");
  const key = await beginSetup(page, "Set up an authenticator app");
  await noViolations(page, "/settings while setting up the app");
  await turnOn(page, key);
  await expect(page.getByText("The authenticator app is on.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Turn off the authenticator app" })).toBeVisible();
  await noViolations(page, "/settings with the app on");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL(`${baseURL}/`);
  await page.goto("/signin");
  await page.getByLabel("Pseudonym").fill(ada.pseudonym);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "One more step" })).toBeVisible();
  // No session yet: the settings page still asks to sign in.
  const cookies = await page.context().cookies();
  expect(cookies.some((cookie) => cookie.name.includes("session-token"))).toBe(false);
  await noViolations(page, "the second step");
  await page.getByRole("button", { name: "Use your recovery code instead" }).click();
  await expect(page.getByLabel("Recovery code")).toBeVisible();
  await noViolations(page, "the second step with the recovery code");
  await page.getByRole("button", { name: "Use a code from your app instead" }).click();

  await page.getByLabel("Code from your authenticator app").fill("000000");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(/That code did not work/)).toBeVisible();
  await page.getByLabel("Code from your authenticator app").fill(codeFor(key, 1));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: `Welcome back, ${ada.pseudonym}` })).toBeVisible();
});

test("a moderator without a second step sees why, and sets it up in one step", async ({ browser }) => {
  const room = await createRoom("Second step");
  const mo = await signedInPerson(browser, "Mo", baseURL);
  await appointModerator(room.slug, mo.pseudonym);
  const { page } = mo;
  await page.goto("/mod");
  await expect(
    page.getByRole("heading", { name: "One more step before your moderator tools" }),
  ).toBeVisible();
  await noViolations(page, "the staff gate's page");
  await turnOn(page, await beginSetup(page, "Set up an authenticator app now"));
  await expect(page.getByRole("heading", { name: "Moderation", exact: true })).toBeVisible();
  await expect(page.getByText("One more step")).toHaveCount(0);
});
