// Two (or more) people in separate browser contexts, each signed up through the sign-up API and
// signed in through next-auth's credentials callback (the forms have their own tests), and rooms
// made for one test at a time.
import { randomBytes } from "node:crypto";
import { expect, type Browser, type BrowserContextOptions, type Locator, type Page } from "@playwright/test";
import pg from "pg";

export const password = "lantern meadow quietly";

/** Hearth's origin in these tests: writes through the API must say they come from it. */
export function appOrigin(baseURL?: string): string {
  return new URL(baseURL ?? `http://localhost:${process.env.E2E_PORT ?? 3217}`).origin;
}

export async function signedInPerson(
  browser: Browser,
  prefix: string,
  baseURL?: string,
  /** The browser's own settings, such as its time zone and language. */
  contextOptions: BrowserContextOptions = {},
): Promise<{ page: Page; pseudonym: string }> {
  const context = await browser.newContext({ ...contextOptions, ...(baseURL && { baseURL }) });
  const page = await context.newPage();
  // Letters only: a suffix of digits could turn "Mod" into the reserved name "mod" + digits.
  const suffix = [...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");
  const pseudonym = `${prefix} ${suffix}`;
  const response = await page.request.post("/api/signup", {
    data: { pseudonym, password },
    headers: { origin: appOrigin(baseURL) },
  });
  expect(response.status()).toBe(201);
  await signInThroughApi(page, pseudonym, baseURL);
  return { page, pseudonym };
}

/**
 * Signs the page's browser in as the sign-in form does (next-auth's credentials callback), without
 * loading the form: the session cookie lands in the page's context, and the page stays blank for
 * the test to open what it is about. The form itself is tested in accounts.spec.ts.
 */
async function signInThroughApi(page: Page, pseudonym: string, baseURL?: string) {
  const csrf = await page.request.get("/api/auth/csrf");
  expect(csrf.status()).toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, pseudonym, password, json: "true" },
    headers: { origin: appOrigin(baseURL) },
    maxRedirects: 0,
  });
  expect(signIn.status(), await signIn.text()).toBe(200);
  // The session is real: Hearth names this browser's person.
  const session = (await (await page.request.get("/api/auth/session")).json()) as {
    user?: { name?: string };
  };
  expect(session.user?.name).toBe(pseudonym);
}

/** A fresh room in the "general" topic, so tests never share a conversation. */
export async function createRoom(name = "Test room"): Promise<{ slug: string; name: string }> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const slug = `e2e-${randomBytes(4).toString("hex")}`;
    const roomName = `${name} ${slug.slice(4)}`;
    await client.query(
      `INSERT INTO "Room" ("topicId", slug, name, description, guidelines, "updatedAt")
       SELECT id, $1, $2, 'A room for one test.', $3, now() FROM "Topic" WHERE slug = 'general'`,
      [slug, roomName, "Be kind.\nListen first."],
    );
    return { slug, name: roomName };
  } finally {
    await client.end();
  }
}

export async function joinAsMember(page: Page, slug: string) {
  await page.goto(`/rooms/${slug}`);
  await page.getByLabel("I have read the guidelines and will follow them.").check();
  await page.getByRole("button", { name: "Join as a member" }).click();
  await expect(page.getByRole("button", { name: "Leave room" })).toBeVisible();
}

export async function say(page: Page, text: string, contentWarning?: string) {
  if (contentWarning) {
    await page.getByRole("button", { name: "Add a content warning" }).click();
    await page.getByLabel("Content warning").fill(contentWarning);
  }
  await page.getByRole("textbox", { name: "Message", exact: true }).fill(text);
  await page.getByRole("button", { name: "Send" }).click();
}

/**
 * Waits until React has hydrated an element rendered on the server (it then carries React's
 * props), for a click on the first page a fresh browser opens: before hydration nothing listens,
 * and the click is lost.
 */
export async function hydrated(element: Locator): Promise<void> {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactProps$"))))
    .toBe(true);
}

export const conversation = (page: Page) => page.getByRole("region", { name: "Conversation" });

/** Writes messages straight into a room's history (for tests about long histories). */
export async function seedMessages(slug: string, authorPseudonym: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Message" ("roomId", "authorId", "clientId", body)
       SELECT r.id, u.id, gen_random_uuid(), 'Earlier message ' || i
       FROM "Room" r, "User" u, generate_series(1, $3) AS i WHERE r.slug = $1 AND u.pseudonym = $2 ORDER BY i`,
      [slug, authorPseudonym, count],
    );
  } finally {
    await client.end();
  }
}

export async function setCapacity(slug: string, capacity: number): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  await client
    .query(`UPDATE "Room" SET capacity = $2 WHERE slug = $1`, [slug, capacity])
    .finally(() => client.end());
}

export async function appointModerator(slug: string, pseudonym: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  await client
    .query(
      `INSERT INTO "Membership" ("roomId", "userId", role, "guidelinesAcceptedVersion", "updatedAt")
       SELECT r.id, u.id, 'moderator', r."guidelinesVersion", now() FROM "Room" r, "User" u WHERE r.slug = $1 AND u.pseudonym = $2
       ON CONFLICT ("roomId", "userId") DO UPDATE SET role = 'moderator'`,
      [slug, pseudonym],
    )
    .finally(() => client.end());
}

export async function makeAdmin(pseudonym: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  await client
    .query(`UPDATE "User" SET "siteRole" = 'admin' WHERE pseudonym = $1`, [pseudonym])
    .finally(() => client.end());
}
