// The browser tests' `test`: Playwright's, with every browser context that a test opens itself
// (browser.newContext(): each person from signedInPerson, a second device, a visitor) closed
// when the test ends. Playwright closes only the contexts of its own `context` and `page`
// fixtures; the others stayed open for the rest of the worker's run, every page of every earlier
// test still connected, polling and running its timers (Playwright turns Chromium's background
// throttling off), so each test ran slower than the one before.
import { test as base } from "@playwright/test";

export { expect } from "@playwright/test";

export const test = base.extend<{ closeContextsOpenedByTheTest: void }>({
  closeContextsOpenedByTheTest: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      await Promise.all(
        browser
          .contexts()
          .filter((context) => !before.has(context))
          .map((context) => context.close()),
      );
    },
    { auto: true },
  ],
});
