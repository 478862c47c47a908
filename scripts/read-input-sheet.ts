/**
 * One input file of `npm run score`, through the same steps as the
 * workspace's import: read (read-workbook, no worker), find the header,
 * choose the program's template that fits the columns, map them
 * automatically, and validate every row. A file that cannot be used is
 * refused with the reasons; bad rows are left out and listed.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Cell } from "../src/core/cells/cell.ts";
import type { Program } from "../src/core/program/program-schema.ts";
import { findDataEnd } from "../src/core/mapping/find-data-end.ts";
import { buildBatch, type ColumnBinding } from "../src/core/validation/build-batch.ts";
import { labelColumns } from "../src/core/validation/column-labels.ts";
import { toColumnLetter } from "../src/core/validation/column-letter.ts";
import type { RowProblem } from "../src/core/validation/row-problem.ts";
import type { ValidatedSheet } from "../src/export/score-imports.ts";
import { openWorkbook, readSheetRows, type OpenedWorkbook } from "../src/import/read-workbook.ts";
import { WorkbookReadError } from "../src/import/read-failure.ts";
import type { MergedRange } from "../src/import/workbook-read.ts";
import { INSPECTED_ROWS, inspectSheet } from "../src/import/sheet-layout.ts";
import { skipRows } from "../src/import/skip-rows.ts";

/** A usable sheet with its problems, or the reasons the file cannot be used. */
export type InputSheet =
  | {
      ok: true;
      sheet: ValidatedSheet;
      templateTitle: string;
      rowCount: number;
      skipped: number;
      problems: RowProblem[];
    }
  | { ok: false; reasons: string[] };

/** Reads, maps and validates `path`; `sheetName` picks the sheet, else the first visible one that can be read. */
export function readInputSheet(path: string, program: Program, sheetName: string | undefined): InputSheet {
  const read = readRows(path, sheetName);
  if (!read.ok) return read;
  const { fileName, chosen, rows, merges } = read;
  const layout = inspectSheet(chosen, rows.slice(0, INSPECTED_ROWS), merges, program.templates);
  const where = `「${fileName}」工作表「${chosen}」`;
  if (layout.header === null)
    return { ok: false, reasons: [`${where}：${layout.headerProblem ?? "找不到表头"}`] };
  const template = program.templates.find((t) => t.id === layout.suggestedTemplateId);
  const mapping = layout.proposals.find((p) => p.templateId === layout.suggestedTemplateId)?.mapping;
  if (template === undefined || mapping === undefined)
    return { ok: false, reasons: [`${where}：本项目没有可导入的表格模板`] };
  const label = (key: string) => template.fields.find((f) => f.key === key)?.label ?? key;
  const reasons = [
    ...(mapping.missing.length === 0
      ? []
      : [
          `${where}：按「${template.title}」缺少必填列：${mapping.missing.map(label).join("、")}。表中的列为：${layout.header.columns.map((c) => c.header || `（${toColumnLetter(c.index)} 列无表头）`).join("、")}`,
        ]),
    ...mapping.duplicates.map(
      (d) =>
        `${where}：${d.columns.map((c) => `${toColumnLetter(c)} 列`).join("、")}都像是「${label(d.fieldKey)}」，请改正表头或删去多余的列`,
    ),
  ];
  if (reasons.length > 0) return { ok: false, reasons };
  const bindings: ColumnBinding[] = mapping.columns.flatMap((c) => {
    const field = template.fields.find((f) => f.key === c.fieldKey);
    return field === undefined ? [] : [{ column: c.column, field, header: c.header }];
  });
  const built = buildBatch({
    fileName,
    sheetName: chosen,
    rows,
    firstDataRow: layout.header.dataStart,
    endRow: findDataEnd(rows, layout.header.dataStart).dataEnd,
    bindings,
    recordKind: template.recordKind,
  });
  return {
    ok: true,
    sheet: {
      fileName,
      sheetName: chosen,
      recordKind: template.recordKind,
      batch: skipRows(built.batch, built.badRows),
      labels: labelColumns(bindings),
    },
    templateTitle: template.title,
    rowCount: built.batch.rowNumbers.length,
    skipped: built.badRows.length,
    problems: built.problems,
  };
}

/** The chosen sheet's rows and merged cells, or the reader's own message. */
function readRows(
  path: string,
  sheetName: string | undefined,
):
  | { ok: true; fileName: string; chosen: string; rows: Cell[][]; merges: MergedRange[] }
  | { ok: false; reasons: string[] } {
  const fileName = basename(path);
  try {
    const opened = openWorkbook(readFileSync(path), fileName);
    const found = chooseSheet(opened, fileName, sheetName);
    if (!found.ok) return found;
    const merges = opened.summary.sheets.find((s) => s.name === found.name)?.merges ?? [];
    return { ok: true, fileName, chosen: found.name, rows: readSheetRows(opened, found.name), merges };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { ok: false, reasons: [error.failure.message] };
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      return { ok: false, reasons: [`找不到文件「${path}」`] };
    throw error;
  }
}

function chooseSheet(
  opened: OpenedWorkbook,
  fileName: string,
  wanted: string | undefined,
): { ok: true; name: string } | { ok: false; reasons: string[] } {
  const sheets = opened.summary.sheets;
  const names = sheets.map((s) => `「${s.name}」${s.hidden ? "（隐藏）" : ""}`).join("、");
  if (wanted !== undefined) {
    const sheet = sheets.find((s) => s.name === wanted);
    if (sheet === undefined)
      return {
        ok: false,
        reasons: [`文件「${fileName}」中没有名为「${wanted}」的工作表；其中的工作表有：${names}`],
      };
    return sheet.problem === undefined
      ? { ok: true, name: wanted }
      : { ok: false, reasons: [sheet.problem.message] };
  }
  const sheet = sheets.find((s) => !s.hidden && s.problem === undefined);
  return sheet === undefined
    ? { ok: false, reasons: [`文件「${fileName}」中没有可读取的工作表：${names}`] }
    : { ok: true, name: sheet.name };
}
