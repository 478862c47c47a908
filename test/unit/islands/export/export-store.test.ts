import { describe, expect, it } from "vitest";
import type { ExportFormat } from "../../../../src/export/workbook-protocol.ts";
import type { NamedTable } from "../../../../src/export/write-results-workbook.ts";
import { createExportStore } from "../../../../src/islands/export/export-store.ts";
import { idNumber, mobile } from "../../core/validation/people.ts";
import { scoredOf, sheetOf } from "../../export/cohorts.ts";

const scored = scoredOf(
  "gd-ipo-2021",
  [
    sheetOf(
      "gd-ipo-2021",
      "trainees",
      ["name", "idNumber", "phone", "employer", "onlineHours", "offlineSessions", "exam"],
      [["张三", idNumber(1), mobile(1), "甲公司", 20, 1, 90]],
    ),
  ],
  {},
  2021,
);

/** A store whose files are kept instead of written and downloaded. */
function storeWithSaves(
  write: (sheet: NamedTable) => Promise<Uint8Array<ArrayBuffer>> = () => Promise.resolve(new Uint8Array(3)),
) {
  const written: { sheet: NamedTable; format: ExportFormat }[] = [];
  const saved: { fileName: string; type: string }[] = [];
  const store = createExportStore(scored, "gd-ipo-2021", {
    write: (sheet, format) => {
      written.push({ sheet, format });
      return write(sheet);
    },
    save: (fileName, _bytes, type) => saved.push({ fileName, type }),
  });
  return { store, written, saved };
}

const choice = (store: ReturnType<typeof storeWithSaves>["store"], id: string) =>
  store.choices.find((c) => c.id === id)!;

describe("the export panel's store", () => {
  it("offers the program's exports", () => {
    expect(storeWithSaves().store.choices.map((c) => c.label)).toEqual([
      "结果及说明",
      "结业证书名单",
      "广东省知识产权运营人才库名单",
    ]);
  });

  it("saves the file under the cohort's name and says what it did, IDs and phones masked by default", async () => {
    const { store, written, saved } = storeWithSaves();
    await store.exportAs(choice(store, "talentPool"), "csv");
    expect(saved).toEqual([
      { fileName: "测试批次-广东省知识产权运营人才库名单.csv", type: "text/csv;charset=utf-8" },
    ]);
    expect(written[0]?.sheet.table.rows[0]?.slice(2, 4)).toEqual(["420102********0010", "138****0001"]);
    expect(store.status.value).toMatchInlineSnapshot(
      `"已导出「测试批次-广东省知识产权运营人才库名单.csv」，共 1 行，身份证号和手机号已隐去中间几位。"`,
    );
    expect(store.busy.value).toBeNull();
  });

  it("writes ID numbers and phones whole once the box is ticked, and says so", async () => {
    const { store, written } = storeWithSaves();
    store.fullIds.value = true;
    await store.exportAs(choice(store, "talentPool"), "xlsx");
    expect(written[0]?.sheet.table.rows[0]?.slice(2, 4)).toEqual([idNumber(1), mobile(1)]);
    expect(store.status.value).toMatchInlineSnapshot(
      `"已导出「测试批次-广东省知识产权运营人才库名单.xlsx」，共 1 行，含完整身份证号和手机号，请妥善保管。"`,
    );
  });

  it("numbers certificates with the program's code and the cohort's year", async () => {
    const { store, written } = storeWithSaves();
    await store.exportAs(choice(store, "certificates"), "xlsx");
    expect(written[0]?.sheet.table.rows[0]?.[0]).toBe("GD-IPO-2021-0001");
  });

  it("says in words when the file could not be written", async () => {
    const { store, saved } = storeWithSaves(() => Promise.reject(new Error("内存不足")));
    await store.exportAs(choice(store, "results"), "xlsx");
    expect(saved).toEqual([]);
    expect([store.status.value, store.error.value]).toMatchInlineSnapshot(`
      [
        null,
        "「结果及说明」导出失败：内存不足",
      ]
    `);
  });
});
