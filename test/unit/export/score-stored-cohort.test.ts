import { describe, expect, it } from "vitest";
import type { RecordKind } from "../../../src/core/fields/field-schema.ts";
import type { CellValue } from "../../../src/core/records/record-batch.ts";
import type { Cohort, ImportRecord } from "../../../src/core/workspace/workspace-schema.ts";
import { scoreStoredCohort, type StoredImport } from "../../../src/export/score-stored-cohort.ts";
import { loadProgram } from "../helpers/load-programs.ts";
import { batchOf } from "../core/validation/batches.ts";
import { idNumber } from "../core/validation/people.ts";

function stored(recordKind: RecordKind, fields: string[], rows: CellValue[][]): StoredImport {
  const record: ImportRecord = {
    id: `import-${fields.join("-")}`,
    cohortId: "c1",
    fileName: "学员.xlsx",
    fileHash: "0".repeat(64),
    sheetName: "Sheet1",
    recordKind,
    importedAt: 0,
    rowCount: rows.length,
    skippedRows: 0,
    mapping: {},
  };
  return { record, batch: batchOf(fields, rows) };
}

const cohort = (ruleOverrides: Cohort["ruleOverrides"] = {}) => ({
  name: "第一期",
  year: 2021,
  ruleOverrides,
});
const gd = loadProgram("gd-ipo-2021").data;
const hours = stored(
  "trainee",
  ["name", "idNumber", "onlineHours", "offlineSessions"],
  [
    ["张三", idNumber(1), 20, 1],
    ["李四", idNumber(2), 20, 1],
  ],
);
const exams = stored(
  "trainee",
  ["idNumber", "exam"],
  [
    [idNumber(1), 95],
    [idNumber(2), 70],
  ],
);

function passers(result: ReturnType<typeof scoreStoredCohort>): number {
  if (!result.ok) throw new Error(result.problems.join("；"));
  return result.scored.scores.talentPool.reduce((sum, v) => sum + v, 0);
}

describe("scoreStoredCohort", () => {
  it("merges the stored imports into one trainee per person and scores them", () => {
    expect(passers(scoreStoredCohort(gd, cohort(), [hours, exams], []))).toBe(2);
  });

  it("scores with the cohort's own parameters", () => {
    expect(passers(scoreStoredCohort(gd, cohort({ "passMark.mark": 95 }), [hours, exams], []))).toBe(1);
  });

  it("applies the decisions people made, by trainee key", () => {
    const dj = loadProgram("dj-practical-talent-2024").data;
    const rows = stored(
      "trainee",
      ["name", "idNumber", "trainingDone", "trainingRequired"],
      [["王五", idNumber(3), 40, 40]],
    );
    const decision = {
      traineeKey: `id:${idNumber(3)}`,
      kind: "tier",
      value: "不合格",
      reason: "参考所在企业意见",
    } as const;
    const result = scoreStoredCohort(dj, cohort(), [rows], [decision]);
    expect(result.ok && result.scored.scores.overrides.get(0)).toEqual({
      tier: { value: "不合格", reason: "参考所在企业意见" },
    });
  });

  it("keeps the training-class rows for the forms", () => {
    const classes = stored("trainingClass", ["className", "headcount"], [["江夏区培训班", 80]]);
    const result = scoreStoredCohort(loadProgram("hb-bxwq-2023").data, cohort(), [classes], []);
    expect(result.ok && result.scored.trainingClasses).toEqual([classes.batch]);
  });

  it("refuses parameters that no longer fit the rules, saying why", () => {
    expect(scoreStoredCohort(gd, cohort({ "passMark.limit": 80 }), [hours], [])).toMatchInlineSnapshot(`
      {
        "ok": false,
        "problems": [
          "参数路径“passMark.limit”不存在",
        ],
      }
    `);
  });
});
