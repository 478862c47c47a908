/**
 * `npm test`: builds the site, runs the unit tests and the browser tests against the build, and
 * closes with the one line CI reads, `N passed, N failed`. Exits non-zero when anything failed or
 * when no test ran at all.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

/** The parts of Vitest's JSON report this script reads. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
}

interface Tally {
  passed: number;
  failed: number;
}

const root = join(import.meta.dirname, "..");
const resultsDir = join(root, "test-results");
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");

/** Runs a command in the project folder with the terminal attached; returns its exit code. */
function run(command: string, args: string[]): number {
  return spawnSync(command, args, { cwd: root, stdio: "inherit" }).status ?? 1;
}

/** Runs one Vitest project, printing the usual report and reading the JSON one. */
function runVitestProject(project: string): Tally {
  const reportFile = join(resultsDir, `${project}.json`);
  rmSync(reportFile, { force: true });
  const exitCode = run(process.execPath, [
    vitest,
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${reportFile}`,
  ]);
  if (!existsSync(reportFile)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as VitestReport;
  // A file that fails to load, or whose beforeAll throws, fails no single test: count the file.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((a) => a.status === "failed"),
  ).length;
  const failed = report.numFailedTests + brokenFiles;
  // Vitest also fails a run for errors outside any test (an unhandled rejection, say).
  return { passed: report.numPassedTests, failed: failed === 0 && exitCode !== 0 ? 1 : failed };
}

mkdirSync(resultsDir, { recursive: true });
const tallies: [string, Tally][] = [];
const buildExitCode = run("npm", ["run", "build"]);
tallies.push(["单元测试", runVitestProject("unit")]);
// Without a fresh build the browser tests would check an old site: count the build as one failure.
if (buildExitCode === 0) tallies.push(["浏览器测试", runVitestProject("e2e")]);
else tallies.push(["构建失败，浏览器测试未运行", { passed: 0, failed: 1 }]);

// Per-step lines in Chinese, so that the English closing line below is the only one CI can match.
for (const [name, { passed, failed }] of tallies) console.log(`${name}：${passed} 个通过，${failed} 个失败`);
const passed = tallies.reduce((sum, [, t]) => sum + t.passed, 0);
const failed = tallies.reduce((sum, [, t]) => sum + t.failed, 0);
if (passed + failed === 0) console.log("没有运行任何测试。");
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
