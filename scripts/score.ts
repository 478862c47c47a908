/**
 * `npm run score -- --program <slug> <files…> [--out results.xlsx] [--sheet name] [--full-ids]`:
 * reads, maps, validates, matches and scores the files against the
 * program's published rules in Node, writes the results workbook (结果,
 * 问题, 目标进度) and prints a short summary. Exit code 1 with the reasons
 * when an input cannot be used, 2 for a wrong command line.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkAgainstStored } from "../src/core/validation/check-against-stored.ts";
import type { RowProblem } from "../src/core/validation/row-problem.ts";
import { scoreImports, type ScoredImports, type ValidatedSheet } from "../src/export/score-imports.ts";
import { writeResultsWorkbook } from "../src/export/write-results-workbook.ts";
import { listProgramSlugs, loadProgram } from "./load-program.ts";
import { readInputSheet } from "./read-input-sheet.ts";

const usage =
  "用法：npm run score -- --program <项目> <文件…> [--out results.xlsx] [--sheet 工作表名] [--full-ids]";
const shownProblems = 10;
// `npm run` starts scripts in the package folder; paths on its command line are relative to where it was typed.
const cwd =
  process.env.npm_lifecycle_event === "score" ? (process.env.INIT_CWD ?? process.cwd()) : process.cwd();

const options = {
  program: { type: "string" },
  out: { type: "string", default: "results.xlsx" },
  /** The sheet to read in every file; else each file's first visible sheet. */
  sheet: { type: "string" },
  "full-ids": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

function main(argv: string[]): number {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof options }>
  >;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    return refuse([(error as Error).message, usage], 2);
  }
  const { values, positionals: files } = parsed;
  if (values.help) return say([usage, `项目：${listProgramSlugs().join("、")}`]);
  const slugs = listProgramSlugs();
  if (values.program === undefined || !slugs.includes(values.program))
    return refuse(
      [
        values.program === undefined ? "缺少 --program" : `没有项目「${values.program}」`,
        `可选的项目：${slugs.join("、")}`,
        usage,
      ],
      2,
    );
  if (files.length === 0) return refuse(["缺少要评分的文件", usage], 2);

  const program = loadProgram(values.program).data;
  const sheets: ValidatedSheet[] = [];
  const problems: RowProblem[] = [];
  const reasons: string[] = [];
  const lines = [`知培评分：${program.title}（${values.program}）`];
  for (const file of files) {
    const read = readInputSheet(resolve(cwd, file), program, values.sheet);
    if (!read.ok) {
      reasons.push(...read.reasons);
      continue;
    }
    problems.push(...read.problems);
    // The same class or participation in two files would be counted twice: say so, as an import would.
    if (read.sheet.recordKind === "participation" || read.sheet.recordKind === "trainingClass")
      problems.push(...checkAgainstStored(read.sheet, read.sheet.labels, sheets));
    sheets.push(read.sheet);
    const skipped = read.skipped === 0 ? "" : `，其中 ${read.skipped} 行有错误、未计入`;
    lines.push(
      `读取「${read.sheet.fileName}」工作表「${read.sheet.sheetName}」（${read.templateTitle}）：${read.rowCount} 行${skipped}`,
    );
  }
  if (reasons.length > 0)
    return refuse(["无法使用输入的文件，未评分：", ...reasons.map((r) => `  - ${r}`)], 1);
  if (sheets.every((s) => s.batch.rowNumbers.length === 0))
    return refuse(["没有可用的数据行，未评分：", ...listProblems(problems)], 1);

  const scored = scoreImports(program, sheets, problems, { fullIds: values["full-ids"] });
  writeFileSync(resolve(cwd, values.out), writeResultsWorkbook(scored.sheets));
  return say([...lines, ...summarize(scored), `已写出：${values.out}`]);
}

function summarize(scored: ScoredImports): string[] {
  const { computed } = scored.summary;
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .filter(([, n]) => n > 0)
      .map(([word, n]) => `${word} ${n}`)
      .join(" · ");
  const lines = [`学员：${computed.trainees} 人`];
  if (computed.trainees > 0) lines.push(`结果：${counts(computed.outcomes)}`);
  if (Object.values(computed.tiers).some((n) => n > 0)) lines.push(`等次：${counts(computed.tiers)}`);
  const { certificate, talentPool } = scored.scores.rules;
  if (certificate !== undefined) lines.push(`${certificate.label}：${computed.certificate} 人`);
  if (talentPool !== undefined) lines.push(`${talentPool.label}：${computed.talentPool} 人`);
  if (scored.summary.openTies > 0) lines.push(`并列待定：${scored.summary.openTies} 处，需要人工决定`);
  for (const p of scored.progress)
    lines.push(
      `目标「${p.label}」：${p.value} / ${p.target} ${p.unit}（${Math.round(p.share * 1000) / 10}%）`,
    );
  const errors = scored.problems.filter((p) => p.severity === "error").length;
  const warnings = scored.problems.length - errors;
  lines.push(
    scored.problems.length === 0
      ? "问题：无"
      : `问题：错误 ${errors} 条，提醒 ${warnings} 条（全部列在「问题」工作表中）`,
    ...listProblems(scored.problems),
  );
  return lines;
}

function listProblems(problems: readonly RowProblem[]): string[] {
  const lines = problems.slice(0, shownProblems).map((p) => {
    const place =
      p.row > 0
        ? `「${p.fileName}」${p.sheetName} 第 ${p.row} 行${p.column ? ` ${p.column} 列` : ""}${p.header ? `「${p.header}」` : ""}：`
        : "";
    return `  - ${p.severity === "error" ? "错误" : "提醒"} ${place}${p.message}`;
  });
  if (problems.length > shownProblems) lines.push(`  …… 另有 ${problems.length - shownProblems} 条`);
  return lines;
}

function say(lines: readonly string[]): number {
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

function refuse(lines: readonly string[], code: number): number {
  process.stderr.write(`${lines.join("\n")}\n`);
  return code;
}

process.exitCode = main(process.argv.slice(2));
