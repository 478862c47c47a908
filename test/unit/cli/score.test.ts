/**
 * `npm run score`, spawned as a person runs it: on the generated fixtures in
 * test/fixtures/files and on a tiny workbook per template of each of the five
 * programs, written here with SheetJS. Checks exit codes, the summary, and
 * that SheetJS reads the results workbook's headers and rows back.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import { afterAll, describe, expect, it } from "vitest";
import type { Field, SheetTemplate } from "../../../src/core/fields/field-schema.ts";
import { loadPrograms } from "../helpers/load-programs.ts";
import { idNumber, mobile } from "../core/validation/people.ts";

const script = fileURLToPath(new URL("../../../scripts/score.ts", import.meta.url));
const fixtures = fileURLToPath(new URL("../../fixtures/files/", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "zhipei-score-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the command line in the scratch folder. */
function score(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [script, ...args], {
    cwd: work,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The sheets of a workbook in the scratch folder, as rows of values. */
function readBack(fileName: string): Record<string, unknown[][]> {
  const book = XLSX.read(readFileSync(join(work, fileName)));
  return Object.fromEntries(
    book.SheetNames.map((name) => [
      name,
      XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1 }),
    ]),
  );
}

const regions = ["武汉市", "宜昌", "襄阳市"];

/** A plausible value for row `i` of a field, within its range and choices. */
function sampleValue(field: Field, i: number): string | number {
  switch (field.type) {
    case "idNumber":
      return idNumber(i);
    case "phone":
      return mobile(i);
    case "email":
      return `trainee${i}@example.com`;
    case "region":
      return regions[i % regions.length]!;
    case "county":
      return "江夏区";
    case "date":
      return "2023-03-01";
    case "duration":
      return 18 + i * 2;
    case "yesNo":
      return i === 1 ? "否" : "是";
    case "choice":
      return field.choices![i % field.choices!.length]!;
    case "number":
    case "integer":
      return Math.min(field.min ?? 0, 2000) > 100 ? field.min! : Math.min(60 + i * 15, field.max ?? 100);
    case "text":
      return field.key === "name"
        ? ["张三", "李四", "王五"][i]!
        : field.key === "employer"
          ? `单位${i}`
          : "示例";
  }
}

/** A workbook of one template: its title row, its header, three rows. */
function writeTemplateBook(fileName: string, template: SheetTemplate): void {
  const rows = [
    [template.title],
    template.fields.map((f) => f.label),
    ...[0, 1, 2].map((i) => template.fields.map((f) => sampleValue(f, i))),
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "Sheet1");
  writeFileSync(join(work, fileName), XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
}

describe("npm run score on the generated fixtures", () => {
  it("scores a sheet with title rows and writes the results and problems", () => {
    const run = score(
      "--program",
      "hb-bxwq-2023",
      join(fixtures, "title-rows.xlsx"),
      "--out",
      "title-rows-results.xlsx",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "知培评分：2023 年全省“百县万企”知识产权大培训（hb-bxwq-2023）
      读取「title-rows.xlsx」工作表「学员名单」（2023 年全省“百县万企”知识产权专员考核认证成绩表）：5 行
      学员：5 人
      结果：缺考或未录入 5
      湖北省知识产权专员证书：0 人
      目标「覆盖市州」：0 / 17 个（0%）
      目标「覆盖县（市）区」：0 / 103 个（0%）
      目标「惠及企业（万家以上）」：0 / 10000 家（0%）
      问题：无
      已写出：title-rows-results.xlsx
      "
    `);
    const sheets = readBack("title-rows-results.xlsx");
    expect(Object.keys(sheets)).toEqual(["结果", "问题", "目标进度"]);
    expect(sheets["结果"]?.[0]).toEqual([
      "姓名",
      "身份证号",
      "工作单位",
      "所在市州",
      "结果",
      "湖北省知识产权专员证书",
      "说明",
    ]);
    expect(sheets["结果"]).toHaveLength(6);
    expect(sheets["问题"]).toEqual([["文件", "工作表", "行", "列", "表头", "类别", "说明"]]);
  });

  it("refuses a sheet that lacks a required column, naming it and the columns found", () => {
    const run = score("--program", "gd-ipo-2021", join(fixtures, "title-rows.xlsx"));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "无法使用输入的文件，未评分：
        - 「title-rows.xlsx」工作表「学员名单」：按「广东省知识产权运营人才培养项目学员考核表」缺少必填列：线下参训期数。表中的列为：姓名、身份证号、手机号码、工作单位、所在市州、学时、考试成绩
      "
    `);
  });

  it("refuses a damaged file with the reader's message", () => {
    const run = score(
      "--program",
      "gd-ipo-2021",
      join(fixtures, "corrupted.xlsx"),
      join(fixtures, "empty.xlsx"),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "无法使用输入的文件，未评分：
        - 文件「corrupted.xlsx」已损坏，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。
        - 文件「empty.xlsx」是空的（0 字节），请确认选对了文件。
      "
    `);
  });

  it("lists the sheets when the one asked for is not there", () => {
    const run = score(
      "--program",
      "hb-bxwq-2023",
      "--sheet",
      "学员",
      join(fixtures, "hidden-sheet.xlsx"),
      join(fixtures, "title-rows.xlsx"),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "无法使用输入的文件，未评分：
        - 文件「title-rows.xlsx」中没有名为「学员」的工作表；其中的工作表有：「学员名单」
      "
    `);
  });

  it("reads the same trainees from .xlsx, .xls, .ods and CSV in UTF-8 or GBK", () => {
    const names = ["hidden-sheet.xlsx", "biff8.xls", "trainees.ods", "utf8-bom.csv", "gbk.csv"];
    const tables = names.map((name) => {
      const run = score("--program", "hb-bxwq-2023", join(fixtures, name), "--out", `${name}-results.xlsx`);
      expect(run.code).toBe(0);
      return readBack(`${name}-results.xlsx`)["结果"];
    });
    for (const table of tables) expect(table).toEqual(tables[0]);
    expect(tables[0]).toHaveLength(4);
  });

  it("stops before a totals row", () => {
    const run = score("--program", "hb-bxwq-2023", join(fixtures, "totals-row.xlsx"), "--out", "totals.xlsx");
    expect(run.stdout).toContain("工作表「Sheet1」（2023 年全省“百县万企”知识产权专员考核认证成绩表）：4 行");
  });

  it("leaves out rows with errors, lists them, and still scores the rest", () => {
    const book = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet([
      ["姓名", "身份证号", "工作单位", "所在市州", "考试成绩", "实操是否合格"],
      ["张三", idNumber(1), "甲公司", "武汉市", 80, "是"],
      ["李四", { t: "n", v: 420102199003011000 }, "乙公司", "宜昌", 70, "是"],
      ["王五", idNumber(3), "丙公司", "上海", 120, "是"],
    ]);
    XLSX.utils.book_append_sheet(book, sheet, "成绩");
    writeFileSync(
      join(work, "bad-rows.xlsx"),
      XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer,
    );
    const run = score("--program", "hb-bxwq-2023", "bad-rows.xlsx", "--out", "bad-rows-results.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "知培评分：2023 年全省“百县万企”知识产权大培训（hb-bxwq-2023）
      读取「bad-rows.xlsx」工作表「成绩」（2023 年全省“百县万企”知识产权专员考核认证成绩表）：3 行，其中 2 行有错误、未计入
      学员：1 人
      结果：通过 1
      湖北省知识产权专员证书：1 人
      目标「覆盖市州」：0 / 17 个（0%）
      目标「覆盖县（市）区」：0 / 103 个（0%）
      目标「惠及企业（万家以上）」：0 / 10000 家（0%）
      问题：错误 3 条，提醒 0 条（全部列在「问题」工作表中）
        - 错误 「bad-rows.xlsx」成绩 第 3 行 B 列「身份证号」：已被 Excel 转成科学计数法，末几位已丢失；请把该列设为文本格式后重新填写身份证号
        - 错误 「bad-rows.xlsx」成绩 第 4 行 D 列「所在市州」：「上海」不是湖北省的市州（应为 武汉、恩施州、神农架林区 这样的名称）
        - 错误 「bad-rows.xlsx」成绩 第 4 行 E 列「考试成绩」：120 超过上限 100
      已写出：bad-rows-results.xlsx
      "
    `);
    const sheets = readBack("bad-rows-results.xlsx");
    expect(sheets["结果"]?.map((row) => row[0])).toEqual(["姓名", "张三"]);
    expect(sheets["问题"]?.slice(1).map((row) => row.slice(0, 6))).toMatchInlineSnapshot(`
      [
        [
          "bad-rows.xlsx",
          "成绩",
          3,
          "B",
          "身份证号",
          "错误",
        ],
        [
          "bad-rows.xlsx",
          "成绩",
          4,
          "D",
          "所在市州",
          "错误",
        ],
        [
          "bad-rows.xlsx",
          "成绩",
          4,
          "E",
          "考试成绩",
          "错误",
        ],
      ]
    `);
  });

  it("explains how to call it when the program is missing or unknown", () => {
    const run = score("--program", "no-such-program", join(fixtures, "title-rows.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatchInlineSnapshot(`
      "没有项目「no-such-program」
      可选的项目：dj-practical-talent-2024、gd-ipo-2021、hb-bxwq-2023、hb-specialist-2022、jy-talent-plan-2022
      用法：npm run score -- --program <项目> <文件…> [--out results.xlsx] [--sheet 工作表名] [--full-ids]
      "
    `);
  });
});

describe("npm run score on participation records", () => {
  it("warns when the same participations come in twice, since person-times would be counted twice", () => {
    const template = loadPrograms()
      .get("jy-talent-plan-2022")!
      .data.templates.find((t) => t.id === "participations")!;
    writeTemplateBook("jy-a.xlsx", template);
    writeTemplateBook("jy-b.xlsx", template);
    const run = score("--program", "jy-talent-plan-2022", "jy-a.xlsx", "jy-b.xlsx", "--out", "jy-twice.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("目标「知识产权人才培训规模」：6 / 2000 人次（0.3%）");
    expect(run.stdout).toContain("问题：错误 0 条，提醒 3 条");
    expect(readBack("jy-twice.xlsx")["问题"]?.[1]).toMatchInlineSnapshot(`
      [
        "jy-b.xlsx",
        "Sheet1",
        3,
        "H",
        "培训名称",
        "提醒",
        "与已导入的「jy-a.xlsx」Sheet1 第 3 行是同一人参加的同一培训，人次会重复计算",
      ]
    `);
  });
});

describe("npm run score on a tiny cohort of each program", () => {
  for (const [slug, { data }] of loadPrograms()) {
    it(`scores ${slug} from one workbook per template`, () => {
      const files = data.templates.map((t) => {
        const fileName = `${slug}-${t.id}.xlsx`;
        writeTemplateBook(fileName, t);
        return fileName;
      });
      const run = score("--program", slug, ...files, "--out", `${slug}-results.xlsx`);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      for (const t of data.templates) expect(run.stdout).toContain(`（${t.title}）：3 行`);
      const results = readBack(`${slug}-results.xlsx`)["结果"]!;
      const people = data.templates.some(
        (t) => t.recordKind === "trainee" || t.recordKind === "registration",
      );
      expect(results[0]).toContain("说明");
      expect(results).toHaveLength(people ? 4 : 1);
    });
  }
});
