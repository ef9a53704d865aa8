import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright's own browser download cannot run on our machines: use the system Chromium
// (Debian's `chromium` package) when it is there.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) =>
  existsSync(candidate),
);
const port = Number(process.env.E2E_PORT ?? 3217);

// Chromium keeps only the last --disable-features it is given, so this list repeats Playwright's
// own (1.65; see chromiumSwitches in playwright-core) and adds two: every browser window of the
// full Chromium (each test's context) otherwise preloads the address bar's drop-downs as WebUI
// pages in a renderer process of their own, browser furniture no test looks at. Measured on two
// loaded cores: about half of Chromium's CPU time per signed-in person (0.65 s against 1.3 s).
const playwrightsDisabledFeatures = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];
const disabledFeatures = [...playwrightsDisabledFeatures, "WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? systemChromium,
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        `--disable-features=${disabledFeatures.join(",")}`,
      ],
    },
  },
});
