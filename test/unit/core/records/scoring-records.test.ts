import { describe, expect, it } from "vitest";
import { matchTrainees } from "../../../../src/core/records/match-trainees.ts";
import {
  readParticipations,
  readTrainingClasses,
  tabulateMatchedTrainees,
} from "../../../../src/core/records/scoring-records.ts";
import { scoreCohort } from "../../../../src/core/scoring/score-cohort.ts";
import { loadProgram } from "../../helpers/load-programs.ts";
import { batchOf } from "../validation/batches.ts";
import { idNumber } from "../validation/people.ts";

describe("scoring records", () => {
  it("hand merged trainees to the scoring engine with every field as a measure", () => {
    const batch = batchOf(
      ["name", "idNumber", "employer", "onlineHours", "offlineSessions", "exam"],
      [
        ["张三", idNumber(1), "甲公司", 20, 1, 90],
        ["李四", idNumber(2), "乙公司", 20, 0, 90],
      ],
    );
    const matched = matchTrainees([{ fileName: "a.xlsx", sheetName: "Sheet1", batch }]);
    const scores = scoreCohort(loadProgram("gd-ipo-2021").data.rules, tabulateMatchedTrainees(matched));
    expect(Array.from(scores.total)).toEqual([9700, 6200]);
  });

  it("take a trainee's cluster from their 市州 unless they registered for one", () => {
    const batch = batchOf(
      ["name", "phone", "employer", "region", "cluster"],
      [
        ["张三", "13800000001", "甲公司", "恩施土家族苗族自治州", null],
        ["李四", "13800000002", "乙公司", "武汉", "襄十随神城市群"],
        ["王五", "13800000003", "丙公司", null, null],
      ],
    );
    const table = tabulateMatchedTrainees(
      matchTrainees([{ fileName: "a.xlsx", sheetName: "Sheet1", batch }]),
    );
    expect(table.cluster).toEqual(["宜荆荆恩城市群", "襄十随神城市群", null]);
  });

  it("count each participation row once, with the year from its date when no year is given", () => {
    const batch = batchOf(
      ["name", "category", "year", "trainingDate"],
      [
        ["张三", "管理", 2022, "2023-01-05"],
        ["李四", "保护", null, "2023-03-01"],
      ],
    );
    expect(readParticipations(batch)).toEqual([
      { year: 2022, category: "管理", region: undefined, orgKind: undefined },
      { year: 2023, category: "保护", region: undefined, orgKind: undefined },
    ]);
  });

  it("read a class's 市州 from its host when the statistics table has no 市州 column", () => {
    const batch = batchOf(
      ["className", "headcount", "date", "host"],
      [
        ["专利导航培训", 60, "2023-06-01", "武汉市江夏区市场监督管理局"],
        ["商标品牌培训", null, "2023-07-01", "湖北省知识产权局"],
      ],
    );
    expect(readTrainingClasses(batch)).toEqual([
      { year: 2023, region: "武汉", county: undefined, attendees: 60, enterprises: undefined },
      { year: 2023, region: undefined, county: undefined, attendees: undefined, enterprises: undefined },
    ]);
  });
});
