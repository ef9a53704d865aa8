// npm test's last lines name what failed: CI logs are read from the end, and a file whose hook
// failed used to show only as "0 failed" with fewer tests passed. The reports below have the
// shape Vitest's and Playwright's JSON reporters write (taken from real runs, trimmed).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TestTally } from "@/scripts/test-reports";

const root = "/work/project";
const folder = mkdtempSync(path.join(tmpdir(), "test-reports-"));
function reportFile(name: string, report: unknown): string {
  const file = path.join(folder, name);
  writeFileSync(file, JSON.stringify(report));
  return file;
}

const test = (fullName: string, status: string, failureMessages: string[] = []) => ({
  fullName,
  status,
  failureMessages,
});

const vitestReport = {
  numPassedTests: 1,
  numFailedTests: 1,
  testResults: [
    {
      name: `${root}/tests/faults/chat.test.ts`,
      status: "failed",
      message: "",
      assertionResults: [
        test("chat keeps order", "failed", [
          "AssertionError: expected 2 to be 3 // Object.is equality\n    at tests/faults/chat.test.ts:2:60",
        ]),
        test("chat fine", "passed"),
      ],
    },
    {
      name: `${root}/tests/faults/redis-outage.test.ts`,
      status: "failed",
      message: "\u001b[31mredis-server did not start on port 15411\u001b[39m",
      assertionResults: [
        test("Redis away a", "skipped"),
        test("Redis away b", "skipped"),
        test("Redis away c", "skipped"),
      ],
    },
    { name: `${root}/tests/faults/drain.test.ts`, status: "passed", message: "", assertionResults: [] },
  ],
};

describe("the test tally", () => {
  it("names a failed test with its error, and a file that failed in a hook with the tests it did not run", () => {
    const tally = new TestTally(root);
    tally.addVitest(reportFile("vitest.json", vitestReport));
    expect(tally.summary()).toEqual([
      "",
      "What failed:",
      "tests/faults/chat.test.ts › chat keeps order\n" +
        "    AssertionError: expected 2 to be 3 // Object.is equality\n" +
        "        at tests/faults/chat.test.ts:2:60",
      "tests/faults/redis-outage.test.ts: failed outside its tests, 3 not run\n" +
        "    redis-server did not start on port 15411",
      "tests: 1 passed, 1 failed, 3 not run (their file failed)",
    ]);
  });

  it("adds Playwright's failures, nested suites included, and its errors outside any test", () => {
    const tally = new TestTally(root);
    tally.addPlaywright(
      reportFile("playwright.json", {
        stats: { expected: 3, unexpected: 1, flaky: 1 },
        suites: [
          {
            file: "sign-in.spec.ts",
            specs: [{ title: "signs in", tests: [{ status: "expected", results: [{}] }] }],
            suites: [
              {
                file: "sign-in.spec.ts",
                specs: [
                  {
                    title: "a wrong password says so",
                    tests: [
                      {
                        status: "unexpected",
                        results: [
                          { error: { message: "first try" } },
                          { error: { message: "Timed out 5000ms" } },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        errors: [{ message: "Error: the web server did not start" }],
      }),
    );
    expect(tally.summary()).toEqual([
      "",
      "What failed:",
      "sign-in.spec.ts › a wrong password says so\n    Timed out 5000ms",
      "browser tests\n    Error: the web server did not start",
      "tests: 4 passed, 1 failed",
    ]);
  });

  it("ends with the count alone when nothing failed, and skips a report that was never written", () => {
    const tally = new TestTally(root);
    tally.addVitest(path.join(folder, "missing.json"));
    tally.addVitest(reportFile("passing.json", { numPassedTests: 5, numFailedTests: 0, testResults: [] }));
    expect(tally.summary()).toEqual(["tests: 5 passed, 0 failed"]);
  });
});
