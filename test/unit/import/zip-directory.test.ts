import { describe, expect, it } from "vitest";
import { isZipPackage, readZipDirectory } from "../../../src/import/zip-directory.ts";
import { buildZip, deflateZeros, readFixture } from "./fixture-files.ts";

const fiveGibibytes = 5 * 1024 * 1024 * 1024;

describe("reading a zip directory", () => {
  it("lists each part's declared sizes", () => {
    const zip = buildZip([
      { name: "a.xml", method: 0, data: new Uint8Array(7), inflatedBytes: 7 },
      { name: "b.xml", method: 8, data: deflateZeros(2), inflatedBytes: 2 * 1024 * 1024 },
    ]);
    expect(readZipDirectory(zip)).toEqual([
      { compressedBytes: 7, inflatedBytes: 7 },
      { compressedBytes: deflateZeros(2).length, inflatedBytes: 2 * 1024 * 1024 },
    ]);
  });

  it("reads sizes past 4 GiB from ZIP64 extra fields", () => {
    const zip = buildZip([
      { name: "b.xml", method: 8, data: deflateZeros(1), inflatedBytes: fiveGibibytes, zip64: true },
    ]);
    expect(readZipDirectory(zip)?.[0]?.inflatedBytes).toBe(fiveGibibytes);
  });

  it("finds the directory through a ZIP64 end record", () => {
    const zip = buildZip([{ name: "a.xml", method: 0, data: new Uint8Array(3), inflatedBytes: 3 }], {
      zip64: true,
    });
    expect(readZipDirectory(zip)).toEqual([{ compressedBytes: 3, inflatedBytes: 3 }]);
  });

  it("reads every part of a workbook SheetJS wrote", () => {
    expect(readZipDirectory(readFixture("title-rows.xlsx"))?.length).toBeGreaterThan(5);
  });

  it("says a stored part whose sizes differ is broken", () => {
    expect(
      readZipDirectory(buildZip([{ name: "a.xml", method: 0, data: new Uint8Array(3), inflatedBytes: 9 }])),
    ).toBeUndefined();
  });

  it("tells zip packages from other files by their first bytes", () => {
    expect([isZipPackage(readFixture("title-rows.xlsx")), isZipPackage(readFixture("biff8.xls"))]).toEqual([
      true,
      false,
    ]);
  });
});
