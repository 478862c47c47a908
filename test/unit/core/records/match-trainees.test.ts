import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchTrainees, type SourceBatch } from "../../../../src/core/records/match-trainees.ts";
import type { CellValue } from "../../../../src/core/records/record-batch.ts";
import { batchOf } from "../validation/batches.ts";
import { idNumber, mobile } from "../validation/people.ts";

const source = (fileName: string, fields: string[], rows: CellValue[][]): SourceBatch => ({
  fileName,
  sheetName: "Sheet1",
  batch: batchOf(fields, rows),
});

/** Each trainee as an object of its non-empty fields, for comparing by eye. */
function traineesOf(sources: SourceBatch[]): Record<string, CellValue>[] {
  const m = matchTrainees(sources);
  return m.keys.map((_, t) =>
    Object.fromEntries(
      m.fields.flatMap((key, f) => {
        const value = m.columns[f]?.[t] ?? null;
        return value === null ? [] : [[key, value]];
      }),
    ),
  );
}

describe("matchTrainees", () => {
  it("merges an hours file and an exam file by ID number into one trainee per person", () => {
    const hours = source(
      "学时.xlsx",
      ["name", "idNumber", "employer", "onlineHours"],
      [
        ["张三", idNumber(1), "甲公司", 20],
        ["李四", idNumber(2), "乙公司", 18],
      ],
    );
    const exam = source(
      "考试.xlsx",
      ["idNumber", "exam"],
      [
        [idNumber(2), 70],
        [idNumber(1), 85],
      ],
    );
    expect(traineesOf([hours, exam])).toEqual([
      { name: "张三", idNumber: idNumber(1), employer: "甲公司", onlineHours: 20, exam: 85 },
      { name: "李四", idNumber: idNumber(2), employer: "乙公司", onlineHours: 18, exam: 70 },
    ]);
  });

  it("falls back to the phone, then to name and employer, when a file has no ID numbers", () => {
    const roster = source(
      "名单.xlsx",
      ["name", "idNumber", "phone", "employer"],
      [
        ["张三", idNumber(1), mobile(1), "甲公司"],
        ["李四", idNumber(2), null, "乙公司"],
      ],
    );
    const scores = source(
      "成绩.xlsx",
      ["name", "phone", "employer", "exam"],
      [
        ["张三", mobile(1), "别的公司", 85],
        ["李四", null, "乙公司", 70],
      ],
    );
    const m = matchTrainees([roster, scores]);
    expect(m.keys).toEqual([`id:${idNumber(1)}`, `id:${idNumber(2)}`]);
    expect(m.conflicts.map((c) => [c.field, c.kept, c.other, c.matchedBy])).toEqual([
      ["employer", "甲公司", "别的公司", "phone"],
    ]);
  });

  it("never merges two different ID numbers, whatever else they share", () => {
    const sheet = source(
      "名单.xlsx",
      ["name", "idNumber", "phone", "employer"],
      [
        ["张三", idNumber(1), mobile(1), "甲公司"],
        ["张三", idNumber(2), mobile(1), "甲公司"],
      ],
    );
    expect(matchTrainees([sheet]).keys).toHaveLength(2);
  });

  it("keeps the value read first and lists the other with both rows, never overwriting it", () => {
    const first = source("一.xlsx", ["idNumber", "exam"], [[idNumber(1), 85]]);
    const second = source("二.xlsx", ["idNumber", "exam"], [[idNumber(1), 90]]);
    const m = matchTrainees([first, second]);
    expect(m.columns[m.fields.indexOf("exam")]).toEqual([85]);
    expect(m.conflicts).toEqual([
      {
        trainee: 0,
        field: "exam",
        kept: 85,
        keptAt: { source: 0, row: 2 },
        other: 90,
        otherAt: { source: 1, row: 2 },
        matchedBy: "idNumber",
      },
    ]);
  });

  it("fills a value one file leaves empty from another without calling it a conflict", () => {
    const first = source("一.xlsx", ["idNumber", "exam"], [[idNumber(1), null]]);
    const second = source("二.xlsx", ["idNumber", "exam"], [[idNumber(1), 90]]);
    const m = matchTrainees([first, second]);
    expect(m.columns[m.fields.indexOf("exam")]).toEqual([90]);
    expect(m.conflicts).toEqual([]);
  });

  it("finds a trainee by a phone learned from an earlier file", () => {
    const ids = source("一.xlsx", ["idNumber", "name", "employer"], [[idNumber(1), "张三", "甲公司"]]);
    const phones = source("二.xlsx", ["idNumber", "phone"], [[idNumber(1), mobile(1)]]);
    const scores = source("三.xlsx", ["phone", "exam"], [[mobile(1), 88]]);
    const m = matchTrainees([ids, phones, scores]);
    expect(m.keys).toHaveLength(1);
    expect(Array.from(m.traineeOf[2]!)).toEqual([0]);
  });

  it("leaves a row that names no one out, and lists it", () => {
    const sheet = source("一.xlsx", ["name", "exam"], [["张三", 80]]);
    const m = matchTrainees([sheet]);
    expect(m.keys).toEqual([]);
    expect(m.unnamed).toEqual([{ source: 0, row: 2 }]);
    expect(Array.from(m.traineeOf[0]!)).toEqual([-1]);
  });

  it("gives every trainee a different key, however the rows overlap", () => {
    const person = fc.record({
      id: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      phone: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      name: fc.constantFrom("张三", "李四"),
      employer: fc.option(fc.constantFrom("甲公司", "乙公司"), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(person, { maxLength: 8 }), { minLength: 1, maxLength: 3 }), (files) => {
        const sources = files.map((rows, i) =>
          source(
            `${i}.xlsx`,
            ["idNumber", "phone", "name", "employer"],
            rows.map((p) => [
              p.id === null ? null : idNumber(p.id),
              p.phone === null ? null : mobile(p.phone),
              p.name,
              p.employer,
            ]),
          ),
        );
        const m = matchTrainees(sources);
        expect(new Set(m.keys).size).toBe(m.keys.length);
        const ids = m.columns[m.fields.indexOf("idNumber")]!.filter((v) => v !== null);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });
});
