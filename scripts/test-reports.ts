// The tally behind `npm test`'s last lines: tests passed and failed across the Vitest and
// Playwright steps, read from their JSON reports, and what failed, a few lines each. CI logs are
// read from the end, so the summary itself says which file or test failed and why; a file whose
// hook or import failed is named too, since its tests count as neither passed nor failed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    status: string;
    message: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

interface PlaywrightSuite {
  file: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; tests: { status: string; results: { error?: { message?: string } }[] }[] }[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number };
  suites: PlaywrightSuite[];
  errors: { message?: string }[];
}

export class TestTally {
  passed = 0;
  failed = 0;
  /** Tests in files that failed outside any test (a hook, the import): they never ran. */
  notRun = 0;
  readonly whatFailed: string[] = [];

  constructor(private readonly root: string) {}

  addVitest(file: string) {
    if (!existsSync(file)) return;
    const report = JSON.parse(readFileSync(file, "utf8")) as VitestReport;
    this.passed += report.numPassedTests;
    this.failed += report.numFailedTests;
    for (const result of report.testResults) {
      if (result.status !== "failed") continue;
      const where = path.relative(this.root, result.name);
      const failedTests = result.assertionResults.filter((test) => test.status === "failed");
      for (const test of failedTests)
        this.whatFailed.push(`${where} › ${test.fullName}\n${firstLines(test.failureMessages[0])}`);
      if (failedTests.length === 0) {
        const skipped = result.assertionResults.filter((test) => test.status !== "passed").length;
        this.notRun += skipped;
        this.whatFailed.push(
          `${where}: failed outside its tests, ${skipped} not run\n${firstLines(result.message)}`,
        );
      }
    }
  }

  addPlaywright(file: string) {
    if (!existsSync(file)) return;
    const report = JSON.parse(readFileSync(file, "utf8")) as PlaywrightReport;
    this.passed += report.stats.expected + report.stats.flaky;
    this.failed += report.stats.unexpected;
    const visit = (suite: PlaywrightSuite) => {
      for (const spec of suite.specs ?? [])
        for (const test of spec.tests)
          if (test.status === "unexpected")
            this.whatFailed.push(
              `${suite.file} › ${spec.title}\n${firstLines(test.results.at(-1)?.error?.message)}`,
            );
      for (const inner of suite.suites ?? []) visit(inner);
    };
    for (const suite of report.suites) visit(suite);
    for (const error of report.errors) this.whatFailed.push(`browser tests\n${firstLines(error.message)}`);
  }

  /** The lines that end the run: what failed, if anything, then the count. */
  summary(): string[] {
    const lines = this.whatFailed.length > 0 ? ["", "What failed:", ...this.whatFailed] : [];
    const notRun = this.notRun > 0 ? `, ${this.notRun} not run (their file failed)` : "";
    return [...lines, `tests: ${this.passed} passed, ${this.failed} failed${notRun}`];
  }
}

/** The first few non-empty lines of an error, without colour codes, indented under its name. */
function firstLines(text: string | undefined, count = 4): string {
  return (text ?? "no message")
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((line) => line.trim())
    .slice(0, count)
    .map((line) => `    ${line.slice(0, 300)}`)
    .join("\n");
}
