// The Prometheus files in deploy/prometheus/ are what an operator loads: promtool checks that the
// rules parse, that each alert fires (and stays quiet) on the series of alerts.test.yml, and that
// prometheus.yml is a valid configuration. promtool is in Debian's `prometheus` package, which
// .ci/run installs: in CI a missing promtool fails; elsewhere the test is skipped with a warning.
import { spawnSync } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const prometheusDirectory = path.join(root, "deploy", "prometheus");
const promtoolPresent = spawnSync("promtool", ["--version"]).status === 0;
if (!promtoolPresent && !process.env.CI)
  console.warn("alert rules not checked: promtool is not installed (apt-get install prometheus)");

it.runIf(Boolean(process.env.CI))("promtool is installed in CI (.ci/run installs prometheus)", () => {
  expect(promtoolPresent).toBe(true);
});

function promtool(...args: string[]) {
  const result = spawnSync("promtool", args, { cwd: prometheusDirectory, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const scratch: string[] = [];
afterAll(async () => {
  for (const directory of scratch) await rm(directory, { recursive: true, force: true });
});

describe.runIf(promtoolPresent)("Prometheus alert rules (deploy/prometheus)", () => {
  it("parse, and every rule has a severity and a summary", async () => {
    const check = promtool("check", "rules", "alerts.yml");
    expect(check.status, check.output).toBe(0);
    const rules = await readFile(path.join(prometheusDirectory, "alerts.yml"), "utf8");
    const alerts = rules.match(/- alert: /g)?.length ?? 0;
    expect(rules.match(/severity: (critical|warning)/g)).toHaveLength(alerts);
    expect(rules.match(/summary: /g)).toHaveLength(alerts);
  });

  it("fire when they should and stay quiet when they should not (alerts.test.yml)", () => {
    const test = promtool("test", "rules", "alerts.test.yml");
    expect(test.status, test.output).toBe(0);
  });

  it("prometheus.yml is valid, with the token file it names in place", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "hearth-prometheus-"));
    scratch.push(directory);
    const tokenFile = path.join(directory, "hearth-metrics-token");
    await writeFile(tokenFile, "a-token");
    const config = await readFile(path.join(prometheusDirectory, "prometheus.yml"), "utf8");
    expect(config).toContain("/etc/prometheus/hearth-metrics-token");
    await writeFile(
      path.join(directory, "prometheus.yml"),
      config.replaceAll("/etc/prometheus/hearth-metrics-token", tokenFile),
    );
    await copyFile(path.join(prometheusDirectory, "alerts.yml"), path.join(directory, "alerts.yml"));
    const check = spawnSync("promtool", ["check", "config", "prometheus.yml"], {
      cwd: directory,
      encoding: "utf8",
    });
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
  });
});
