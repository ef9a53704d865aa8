// The connection drops when the server restarts: people see it, lose nothing they wrote, and
// the conversation has no gap and no doubles afterwards.
import { type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import pg from "pg";
import {
  conversation,
  createRoom,
  joinAsMember,
  say,
  seedMessages,
  signedInPerson,
} from "@/tests/e2e/people";
import { startAppProcess, type AppProcess } from "@/tests/setup/app-process";

// Beside the shared browser-test server (E2E_PORT), so two checkouts testing at once never collide.
const port = Number(process.env.E2E_RECONNECT_PORT ?? Number(process.env.E2E_PORT ?? 3217) + 1);
const baseURL = `http://localhost:${port}`;
let server: AppProcess | undefined;

// Two server starts and a reconnect: on a loaded 2-core machine a start alone can take 20 s.
test.setTimeout(150_000);
// Both tests restart the one server on this port: one after the other.
test.describe.configure({ mode: "serial" });

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const start = () =>
  startAppProcess({ databaseUrl: process.env.E2E_DATABASE_URL, port, env: { RATE_LIMIT_SCALE: "50" } });
const texts = async (page: Page) =>
  conversation(page).getByRole("article").locator("p.whitespace-pre-wrap").allTextContents();

test("the reconnect banner shows while the server restarts, unsent messages go out after, and nothing is missing or doubled", async ({
  browser,
}) => {
  server = await start();
  const room = await createRoom("Reconnect");
  const ada = await signedInPerson(browser, "Ada", baseURL);
  const ben = await signedInPerson(browser, "Ben", baseURL);
  await joinAsMember(ada.page, room.slug);
  await joinAsMember(ben.page, room.slug);
  await say(ada.page, "Before the restart.");
  await expect(conversation(ben.page).getByText("Before the restart.")).toBeVisible();

  expect(await server.stop()).toBe(0);
  for (const page of [ada.page, ben.page]) await expect(page.getByText("Reconnecting…")).toBeVisible();

  await say(ada.page, "Written while the connection was down.");
  // Not "Sending…": it waits for the connection, as the banner promises.
  await expect(ada.page.getByText("Will send when connected")).toBeVisible();

  server = await start();
  for (const page of [ada.page, ben.page])
    await expect(page.getByText("Reconnecting…")).toHaveCount(0, { timeout: 20_000 });
  await expect(ada.page.getByText("Will send when connected")).toHaveCount(0);
  await expect(ada.page.getByText("Sending…")).toHaveCount(0);
  await expect(conversation(ben.page).getByText("Written while the connection was down.")).toBeVisible();

  await say(ben.page, "Glad you are back.");
  await expect(conversation(ada.page).getByText("Glad you are back.")).toBeVisible();
  const expected = ["Before the restart.", "Written while the connection was down.", "Glad you are back."];
  expect(await texts(ada.page)).toEqual(expected);
  expect(await texts(ben.page)).toEqual(expected);
  await ben.page.reload();
  await expect(conversation(ben.page).getByText("Glad you are back.")).toBeVisible();
  expect(await texts(ben.page)).toEqual(expected);
});

test("a member who missed 130 messages and an edit while away sees every message once, in order, as it is now", async ({
  browser,
}) => {
  server = await start();
  const room = await createRoom("Missed a lot");
  const ada = await signedInPerson(browser, "Ada", baseURL);
  const ben = await signedInPerson(browser, "Ben", baseURL);
  await joinAsMember(ada.page, room.slug);
  await joinAsMember(ben.page, room.slug);
  await say(ada.page, "Before the restart.");
  await expect(conversation(ben.page).getByText("Before the restart.")).toBeVisible();

  expect(await server.stop()).toBe(0);
  await expect(ben.page.getByText("Reconnecting…")).toBeVisible();
  // While the server is away: 130 messages and an edit reach the database.
  await seedMessages(room.slug, ada.pseudonym, 130);
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  await client.query(
    `UPDATE "Message" SET body = 'Before, edited.', "editedAt" = now() WHERE body = 'Before the restart.'`,
  );
  await client.end();

  server = await start();
  await expect(ben.page.getByText("Reconnecting…")).toHaveCount(0, { timeout: 30_000 });
  await expect(conversation(ben.page).getByText("Earlier message 130", { exact: true })).toBeVisible();
  const expected = ["Before, edited.", ...Array.from({ length: 130 }, (_, i) => `Earlier message ${i + 1}`)];
  await expect.poll(() => texts(ben.page), { timeout: 15_000 }).toEqual(expected);
});
