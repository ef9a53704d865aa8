// Installable, and kind when the connection is gone: the manifest and icons, the service
// worker's registration, the offline page instead of the browser's error page, and nothing
// private kept.
import { expect, test } from "@/tests/e2e/test";
import { signedInPerson } from "@/tests/e2e/people";

test("the manifest names Hearth, opens standalone and offers 192, 512 and maskable icons", async ({
  request,
}) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest.short_name).toBe("Hearth");
  expect(manifest.display).toBe("standalone");
  expect(manifest.start_url).toBe("/rooms");
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
    "192x192 any",
    "512x512 any",
    "512x512 maskable",
  ]);
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.headers()["content-type"]).toBe("image/png");
    const body = await file.body();
    // PNG width and height are in the IHDR chunk, at bytes 16–23.
    const [width] = icon.sizes.split("x").map(Number);
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([width, width]);
  }
  expect((await request.get("/favicon.ico")).ok()).toBe(true);
});

test("the page links the manifest and registers the service worker", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(new URL("/", page.url()).href);
});

test("offline, a page shows what happened and crisis lines, and nothing private was kept", async ({
  browser,
}) => {
  const { page } = await signedInPerson(browser, "Offline");
  await page.goto("/settings");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker controls pages loaded after it activated.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.request.get("/api/rooms");
  await page.evaluate(() => fetch("/api/rooms").then((response) => response.json()));

  await page.context().setOffline(true);
  await page.goto("/rooms").catch(() => {});
  await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Need help now?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 988" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Leave quickly" })).toBeVisible();
  // The offline page was fetched without cookies: the person's name is nowhere in it.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached).toContain("/offline");
  for (const path of cached)
    expect(path).toMatch(/^\/(offline|offline\.js|icons\/.+\.png|_next\/static\/.+)$/);
  await page.context().setOffline(false);
});
