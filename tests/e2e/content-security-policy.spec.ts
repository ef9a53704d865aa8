// With the nonce-based Content-Security-Policy on, every page still works in real Chromium:
// scripts load and hydrate, forms sign in, the socket connects and chat flows, and the browser
// reports not one CSP violation on the way.
import { type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import { conversation, createRoom, joinAsMember, say, signedInPerson } from "@/tests/e2e/people";

function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(text))
      violations.push(text);
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  return violations;
}

test("every page works under the CSP, with no violation reported", async ({ browser }) => {
  const { page, pseudonym } = await signedInPerson(browser, "Steady Wren");
  const violations = watchViolations(page);

  for (const path of ["/", "/rooms", "/resources", "/settings", "/mod", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    await expect(page.getByRole("navigation", { name: "Main" })).toContainText(pseudonym);
  }

  // Scripts ran: the room page hydrates, the socket connects (connect-src), and chat works.
  const room = await createRoom("CSP room");
  await joinAsMember(page, room.slug);
  await say(page, "Words under a strict policy");
  await expect(conversation(page).getByText("Words under a strict policy")).toBeVisible();

  // A client-side navigation (the router fetches RSC payloads) and back.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rooms" }).click();
  await expect(page).toHaveURL(/\/rooms$/);

  expect(violations).toEqual([]);
});

test("signing up and in through the forms works under the CSP, with no violation reported", async ({
  page,
}) => {
  const violations = watchViolations(page);
  await page.goto("/signup");
  await page.getByRole("button", { name: "Another suggestion" }).click();
  await expect(page.getByLabel("Pseudonym")).toHaveValue(/\S+/);
  await page.goto("/signin");
  await page.getByLabel("Pseudonym").fill("Nobody Here Atall");
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/do not match/)).toBeVisible();
  expect(violations).toEqual([]);
});

test("the policy bites: an injected inline handler is refused, and the watcher above sees it", async ({
  page,
}) => {
  const violations = watchViolations(page);
  await page.goto("/resources");
  // What a stored-XSS payload would look like if one ever reached the page as HTML.
  const ran = await page.evaluate(async () => {
    const holder = document.createElement("div");
    holder.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
