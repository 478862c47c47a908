import { describe, expect, it } from "vitest";
import { checkZipPackage } from "../../../src/import/check-zip-package.ts";
import { openWorkbook } from "../../../src/import/read-workbook.ts";
import { buildZip, catchMessage, deflateZeros, readFixture } from "./fixture-files.ts";

const gibibyte = 1024 * 1024 * 1024;

/** Runs `read`, prints how long it took, and returns its message. */
function timeRefusal(label: string, read: () => unknown): string {
  const started = performance.now();
  const message = catchMessage(read);
  console.log(`${label}: refused in ${(performance.now() - started).toFixed(2)} ms`);
  return message;
}

describe("checking a zip package before it is unzipped", () => {
  it("refuses a package whose directory claims a gigabyte, without inflating anything", () => {
    const bomb = buildZip([
      { name: "xl/worksheets/sheet1.xml", method: 8, data: deflateZeros(1), inflatedBytes: gibibyte },
    ]);
    expect(
      timeRefusal("directory claiming 1 GiB", () => openWorkbook(bomb, "学员名单.xlsx")),
    ).toMatchInlineSnapshot(
      `"文件「学员名单.xlsx」解压后有 1,024 MB，超过 256 MB 的上限，已拒绝读取。请删去无关的工作表和格式，或拆成几个文件后分别导入。"`,
    );
  });

  it("refuses a real deflated gigabyte of zeros before SheetJS sees it", () => {
    const bomb = buildZip([
      { name: "[Content_Types].xml", method: 0, data: new Uint8Array(10), inflatedBytes: 10 },
      { name: "xl/worksheets/sheet1.xml", method: 8, data: deflateZeros(1024), inflatedBytes: gibibyte },
    ]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(
      timeRefusal("deflated 1 GiB of zeros", () => openWorkbook(bomb, "学员名单.xlsx")),
    ).toMatchInlineSnapshot(
      `"文件「学员名单.xlsx」解压后有 1,024.1 MB，超过 256 MB 的上限，已拒绝读取。请删去无关的工作表和格式，或拆成几个文件后分别导入。"`,
    );
  });

  it("refuses a smaller bomb by its compression ratio", () => {
    const bomb = buildZip([
      {
        name: "xl/worksheets/sheet1.xml",
        method: 8,
        data: deflateZeros(100),
        inflatedBytes: 100 * 1024 * 1024,
      },
    ]);
    expect(catchMessage(() => checkZipPackage(bomb, "学员名单.xlsx"))).toMatchInlineSnapshot(
      `"文件「学员名单.xlsx」的压缩比异常（约 1,011 倍），不像正常的表格文件，已拒绝读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。"`,
    );
  });

  it("accepts the parts of a workbook written by SheetJS", () => {
    expect(() => checkZipPackage(readFixture("title-rows.xlsx"), "title-rows.xlsx")).not.toThrow();
  });

  it("refuses a part whose local header declares another size than the directory", () => {
    const lying = buildZip([
      {
        name: "xl/worksheets/sheet1.xml",
        method: 8,
        data: deflateZeros(1),
        inflatedBytes: 1024,
        localInflatedBytes: gibibyte,
      },
    ]);
    expect(catchMessage(() => checkZipPackage(lying, "学员名单.xlsx"))).toMatchInlineSnapshot(
      `"文件「学员名单.xlsx」已损坏，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。"`,
    );
  });

  it("refuses a part whose compressed size could not come from the size it declares", () => {
    const lying = buildZip([
      { name: "xl/worksheets/sheet1.xml", method: 8, data: new Uint8Array(10_000), inflatedBytes: 10 },
    ]);
    expect(catchMessage(() => checkZipPackage(lying, "学员名单.xlsx"))).toMatch(/已损坏/);
  });

  it("refuses a truncated package, whose directory is missing", () => {
    const whole = readFixture("title-rows.xlsx");
    expect(catchMessage(() => checkZipPackage(whole.subarray(0, 2000), "title-rows.xlsx"))).toMatch(/已损坏/);
  });
});
