// How much JavaScript each page sends over the wire (compressed, as transferred), printed as a
// table; `npm run size:pages` runs just this file. The room page must stay within 150 KB, so it
// starts quickly on a slow phone connection.
import { type Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/test";
import { createRoom, joinAsMember, say, signedInPerson } from "@/tests/e2e/people";

const roomBudget = 150 * 1024;

/** Bytes of JavaScript transferred while the page loads and settles (a fresh cache). */
async function scriptBytes(page: Page, path: string, ready?: (page: Page) => Promise<void>) {
  const session = await page.context().newCDPSession(page);
  await session.send("Network.enable");
  // A first visit: nothing from the HTTP cache or the service worker's.
  await session.send("Network.setCacheDisabled", { cacheDisabled: true });
  await session.send("Network.setBypassServiceWorker", { bypass: true });
  const scripts = new Map<string, number>();
  const types = new Map<string, string>();
  const urls = new Map<string, string>();
  session.on("Network.responseReceived", (event) => {
    types.set(event.requestId, event.type);
    urls.set(event.requestId, event.response.url);
  });
  session.on("Network.loadingFinished", (event) => {
    if (types.get(event.requestId) === "Script") scripts.set(event.requestId, event.encodedDataLength);
  });
  await page.goto(path, { waitUntil: "networkidle" });
  if (ready) await ready(page);
  await page.waitForLoadState("networkidle");
  await session.detach();
  const bytes = [...scripts.values()].reduce((sum, size) => sum + size, 0);
  if (process.env.PAGE_WEIGHT_DETAIL)
    for (const [id, size] of scripts) console.log(`  ${path} ${(size / 1024).toFixed(1)} KB ${urls.get(id)}`);
  return { bytes, requests: scripts.size };
}

test("JavaScript per page, transferred; the room within 150 KB", async ({ browser }) => {
  const room = await createRoom("Weight");
  const ada = await signedInPerson(browser, "Ada");
  await joinAsMember(ada.page, room.slug);
  await say(ada.page, "Hello");
  const rows: [string, number, number][] = [];
  const anonymous = await browser.newPage();
  for (const path of ["/", "/rooms", `/rooms/${room.slug}`, "/signup", "/signin", "/resources"]) {
    const { bytes, requests } = await scriptBytes(anonymous, path);
    rows.push([`${path} (signed out)`, bytes, requests]);
  }
  const member = await browser.newContext({ storageState: await ada.page.context().storageState() });
  const page = await member.newPage();
  for (const path of ["/rooms", "/settings"]) {
    const { bytes, requests } = await scriptBytes(page, path);
    rows.push([path, bytes, requests]);
  }
  const inRoom = await scriptBytes(page, `/rooms/${room.slug}`, async (roomPage) => {
    await expect(roomPage.getByRole("textbox", { name: "Message", exact: true })).toBeVisible();
  });
  rows.push([`/rooms/<slug> (member, usable)`, inRoom.bytes, inRoom.requests]);

  const table = rows
    .map(
      ([path, bytes, requests]) =>
        `${path.padEnd(34)} ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${requests} scripts`,
    )
    .join("\n");
  console.log(`\nJavaScript transferred per page (compressed):\n${table}\n`);
  test.info().annotations.push({ type: "page weight", description: table });
  expect(inRoom.bytes).toBeLessThanOrEqual(roomBudget);
});
