import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, MAX_ROWS } from "../../../src/import/import-limits.ts";
import { openWorkbook, readSheetRows } from "../../../src/import/read-workbook.ts";
import { buildZip, catchMessage, openFixture } from "./fixture-files.ts";

function openBytes(fileName: string, bytes: Uint8Array | string): () => unknown {
  return () => openWorkbook(typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes, fileName);
}

describe("refusing files that cannot be read, saying why", () => {
  it("refuses a 0-byte file", () => {
    expect(catchMessage(() => openFixture("empty.xlsx"))).toMatchInlineSnapshot(
      `"文件「empty.xlsx」是空的（0 字节），请确认选对了文件。"`,
    );
  });

  it("refuses a text file renamed to .xlsx instead of reading it as a one-column CSV", () => {
    expect(catchMessage(() => openFixture("text-renamed.xlsx"))).toMatchInlineSnapshot(
      `"文件「text-renamed.xlsx」的扩展名是 .xlsx，内容却是纯文本，不是表格文件。如果它是 CSV，请把扩展名改成 .csv 再导入；否则请确认选对了文件。"`,
    );
  });

  it("refuses a binary file named .csv", () => {
    expect(catchMessage(() => openFixture("binary.csv"))).toMatchInlineSnapshot(
      `"文件「binary.csv」不是文本文件，无法按 CSV 读取。请确认选对了文件。"`,
    );
  });

  it("refuses random bytes named .xlsx", () => {
    const bytes = new Uint8Array(64).map((_, i) => (i * 97 + 1) % 256);
    expect(catchMessage(openBytes("学员.xlsx", bytes))).toMatchInlineSnapshot(
      `"文件「学员.xlsx」不是 .xlsx 表格文件（可能是改了扩展名的其他文件），无法读取。请确认选对了文件。"`,
    );
  });

  it("refuses a zip that is not a workbook, such as a renamed .docx", () => {
    const part = (name: string, text: string) => {
      const data = new TextEncoder().encode(text);
      return { name, method: 0 as const, data, inflatedBytes: data.length };
    };
    const types =
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const bytes = buildZip([part("[Content_Types].xml", types), part("word/document.xml", "<w:document/>")]);
    expect(catchMessage(openBytes("学员.xlsx", bytes))).toMatchInlineSnapshot(
      `"文件「学员.xlsx」不是 .xlsx 表格文件（可能是改了扩展名的其他文件），无法读取。请确认选对了文件。"`,
    );
  });

  it("refuses a corrupted (truncated) zip", () => {
    expect(catchMessage(() => openFixture("corrupted.xlsx"))).toMatchInlineSnapshot(
      `"文件「corrupted.xlsx」已损坏，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。"`,
    );
  });

  it("refuses a password-protected workbook", () => {
    expect(catchMessage(() => openFixture("encrypted.xlsx"))).toMatchInlineSnapshot(
      `"文件「encrypted.xlsx」设有打开密码，无法读取。请在 Excel 或 WPS 中取消密码（或另存一份不加密的副本）后再导入。"`,
    );
  });

  it("refuses a workbook whose only sheet is empty", () => {
    expect(catchMessage(() => openFixture("empty-workbook.xlsx"))).toMatchInlineSnapshot(
      `"文件「empty-workbook.xlsx」里没有任何数据。请确认选对了文件。"`,
    );
  });

  it("refuses a file type it does not read", () => {
    expect(catchMessage(openBytes("学员名单.docx", "x"))).toMatchInlineSnapshot(
      `"不能导入「学员名单.docx」：不支持 .docx 文件。请导入 Excel（.xlsx、.xls）、WPS（.et）、OpenDocument（.ods）或 CSV 文件。"`,
    );
  });

  it("refuses a file over the size limit without reading it", () => {
    expect(
      catchMessage(openBytes("学员名单.xlsx", new Uint8Array(MAX_FILE_BYTES + 1))),
    ).toMatchInlineSnapshot(
      `"文件「学员名单.xlsx」有 50.1 MB，超过 50 MB 的上限。请删去无关的工作表，或拆成几个文件后分别导入。"`,
    );
  });
});

describe("refusing sheets that cannot be read", () => {
  it("lists a sheet whose part is missing from the zip with its problem, and reads the others", () => {
    const opened = openFixture("missing-sheet-part.xlsx");
    expect(opened.summary.sheets.map((sheet) => [sheet.name, sheet.problem?.code])).toEqual([
      ["学员", undefined],
      ["成绩", "sheet-missing"],
    ]);
    expect(catchMessage(() => readSheetRows(opened, "成绩"))).toMatchInlineSnapshot(
      `"文件「missing-sheet-part.xlsx」中工作表「成绩」的内容缺失或无法读取，文件可能已损坏。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。"`,
    );
  });

  it("refuses a CSV with 1,000 columns", () => {
    expect(catchMessage(() => openFixture("columns-1000.csv"))).toMatchInlineSnapshot(
      `"文件「columns-1000.csv」的工作表「columns-1000」有 1,000 列，超过 500 列的上限。请只保留需要的列后再导入。"`,
    );
  });

  it("refuses a CSV with more rows than the limit before parsing it", () => {
    expect(catchMessage(openBytes("学员名单.csv", "学时\n" + "1\n".repeat(MAX_ROWS)))).toMatchInlineSnapshot(
      `"文件「学员名单.csv」的工作表「学员名单」超过 200,000 行的上限。请拆成几个文件后分别导入。"`,
    );
  });

  it("refuses a workbook sheet with more rows than the limit", () => {
    const sheet = XLSX.utils.aoa_to_sheet(
      Array.from({ length: MAX_ROWS + 1 }, (_, i) => [i]),
      { dense: true },
    );
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "学员");
    const bytes = XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Uint8Array;
    expect(catchMessage(openBytes("学员名单.xlsx", bytes))).toMatchInlineSnapshot(
      `"文件「学员名单.xlsx」的工作表「学员」超过 200,000 行的上限。请拆成几个文件后分别导入。"`,
    );
  });

  it("refuses to read a sheet the file does not have", () => {
    expect(catchMessage(() => readSheetRows(openFixture("title-rows.xlsx"), "成绩"))).toMatchInlineSnapshot(
      `"文件「title-rows.xlsx」中没有名为「成绩」的工作表。"`,
    );
  });
});
