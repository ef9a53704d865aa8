// Passkeys in real Chromium, with a virtual authenticator from the DevTools protocol's WebAuthn
// domain standing in for a phone's or laptop's lock: added in /settings under a name, then used
// to sign in alone (no pseudonym, no password typed), renamed and removed. The device keeps a
// random user handle, never the pseudonym.
import { type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import { noViolations } from "@/tests/e2e/axe";
import { appointModerator, createRoom, hydrated, password, signedInPerson } from "@/tests/e2e/people";
import { staffGateServer } from "@/tests/e2e/staff-gate-server";

/** A platform authenticator (like a laptop's fingerprint reader) that verifies its user. */
async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials,
    /** The person closes the prompt (or their face is not recognised): the device says no. */
    refuse: (refused: boolean) =>
      cdp.send("WebAuthn.setUserVerified", { authenticatorId, isUserVerified: !refused }),
  };
}

async function signOut(page: Page) {
  // The page may have just reloaded (adding a passkey on the waiting page does): a click before
  // React has hydrated the button is lost.
  const button = page.getByRole("button", { name: "Sign out", exact: true });
  await hydrated(button);
  await button.click();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
}

test("a passkey added in settings signs in alone, and can be renamed and removed", async ({ browser }) => {
  // Five states, each checked by axe at two widths in light and dark: more than the default minute.
  test.setTimeout(180_000);
  const { page, pseudonym } = await signedInPerson(browser, "Passkey Wren");
  const device = await virtualAuthenticator(page);

  await page.goto("/settings");
  const passkeys = page.getByRole("region", { name: "Passkeys" });
  await expect(passkeys.getByText("You haven't added a passkey yet.")).toBeVisible();

  // The prompt closed: nothing is added, and the page says so calmly (not as an error).
  await device.refuse(true);
  await passkeys.getByLabel("Name for the new passkey").fill("Laptop");
  await passkeys.getByRole("button", { name: "Add a passkey" }).click();
  await expect(passkeys.getByRole("status").filter({ hasText: "Nothing was changed." })).toBeVisible();
  await expect(passkeys.getByRole("alert")).toHaveCount(0);
  await device.refuse(false);

  await passkeys.getByRole("button", { name: "Add a passkey" }).click();
  await expect(passkeys.getByText("“Laptop” was added.")).toBeVisible();
  const item = passkeys.getByRole("list", { name: "Your passkeys" }).getByRole("listitem");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Laptop");
  await expect(item).toContainText("not used yet");
  await noViolations(page, "settings with a passkey");

  // What the device keeps: a discoverable credential whose user handle is random, not the pseudonym.
  const [kept] = await device.credentials();
  expect(kept?.isResidentCredential).toBe(true);
  const handle = Buffer.from(kept!.userHandle!, "base64");
  expect(handle.byteLength).toBe(32);
  expect(handle.toString("utf8")).not.toContain(pseudonym);

  await item.getByRole("button", { name: "Rename Laptop" }).click();
  await noViolations(page, "renaming a passkey");
  await item.getByLabel("New name for “Laptop”").fill("Work laptop");
  await item.getByRole("button", { name: "Save name" }).click();
  await expect(item).toContainText("Work laptop");
  await expect(passkeys.getByText("Renamed to “Work laptop”.")).toBeVisible();

  // Signed out, then back in with the passkey alone: nothing typed.
  await signOut(page);
  await page.goto("/signin");
  await noViolations(page, "sign-in with a passkey offered");
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page.getByRole("heading", { name: `Welcome back, ${pseudonym}` })).toBeVisible();

  await page.goto("/settings");
  await expect(item).toContainText(/last used/);
  await item.getByRole("button", { name: "Remove Work laptop" }).click();
  await expect(item.getByText("You won't be able to sign in with it any more.")).toBeVisible();
  await noViolations(page, "removing a passkey");
  await item.getByRole("button", { name: "Yes, remove “Work laptop”" }).click();
  await expect(passkeys.getByText("“Work laptop” was removed.")).toBeVisible();
  await expect(passkeys.getByText("You haven't added a passkey yet.")).toBeVisible();

  // The device still holds it, but Hearth no longer accepts it.
  await signOut(page);
  await page.goto("/signin");
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page.locator("[data-form-message]")).toContainText("Hearth doesn't know this passkey.");
  await noViolations(page, "sign-in with a removed passkey");
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
});

test("closing the passkey prompt on the sign-in page changes nothing and says so", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const device = await virtualAuthenticator(page);
  await device.refuse(true);
  await page.goto("/signin");
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Nothing was changed." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Welcome back", exact: true })).toBeVisible();
});

test("with a passkey, the password asks for it as the second step", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, pseudonym } = await signedInPerson(browser, "Second Wren");
  await virtualAuthenticator(page);
  await page.goto("/settings");
  const passkeys = page.getByRole("region", { name: "Passkeys" });
  await passkeys.getByLabel("Name for the new passkey").fill("Phone");
  await passkeys.getByRole("button", { name: "Add a passkey" }).click();
  await expect(passkeys.getByText("“Phone” was added.")).toBeVisible();
  await signOut(page);

  await page.goto("/signin");
  await page.getByLabel("Pseudonym").fill(pseudonym);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "One more step" })).toBeVisible();
  const usePasskey = page.getByRole("button", { name: "Use your passkey" });
  await expect(usePasskey).toBeVisible();
  // No app on this account: the other way offered is the recovery code.
  await expect(page.getByRole("button", { name: "Use a code from your app instead" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Use your recovery code instead" })).toBeVisible();
  await noViolations(page, "the second step with a passkey");
  await usePasskey.click();
  await expect(page.getByRole("heading", { name: `Welcome back, ${pseudonym}` })).toBeVisible();
});

test.describe("with the staff gate on", () => {
  // The staff-gated Hearth: moderators' tools wait for a second step (as in second-step.spec.ts).
  const baseURL = staffGateServer();

  test("a moderator adds a passkey on the waiting page, their tools open, and it is kept", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const room = await createRoom("Passkey staff");
    const mo = await signedInPerson(browser, "Mo Key", baseURL);
    await appointModerator(room.slug, mo.pseudonym);
    const { page } = mo;
    await virtualAuthenticator(page);
    await page.goto("/mod");
    await expect(
      page.getByRole("heading", { name: "One more step before your moderator tools" }),
    ).toBeVisible();
    await page.getByLabel("Name for the new passkey").fill("Work phone");
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await expect(page.getByRole("heading", { name: "Moderation", exact: true })).toBeVisible();

    // Signed in again with the passkey alone: the tools are there at once.
    await signOut(page);
    await page.goto("/signin");
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await expect(page.getByRole("heading", { name: `Welcome back, ${mo.pseudonym}` })).toBeVisible();
    await page.goto("/mod");
    await expect(page.getByRole("heading", { name: "Moderation", exact: true })).toBeVisible();

    // Their only second step stays while they moderate, and the page says why.
    await page.goto("/settings");
    const item = page.getByRole("region", { name: "Passkeys" }).getByRole("listitem");
    await item.getByRole("button", { name: "Remove Work phone" }).click();
    await item.getByRole("button", { name: "Yes, remove “Work phone”" }).click();
    await expect(item.getByRole("alert")).toContainText(
      "moderators and admins keep one while they hold the role",
    );
    await noViolations(page, "the last passkey of a moderator, kept");
    await expect(item).toContainText("Work phone");
  });
});
