import { describe, expect, it } from "vitest";
import { buildCertificateTable } from "../../../src/export/certificate-table.ts";
import { idNumber } from "../core/validation/people.ts";
import { scoredOf, sheetOf } from "./cohorts.ts";
import { printTable } from "./print-table.ts";

const gd = sheetOf(
  "gd-ipo-2021",
  "trainees",
  ["name", "idNumber", "employer", "onlineHours", "offlineSessions", "exam"],
  [
    ["张三", idNumber(1), "甲公司", 20, 1, 90],
    ["李四", idNumber(2), "乙公司", 18, 1, 90],
    ["王五", idNumber(3), "丙公司", 20, 2, 70],
  ],
);

const dj = sheetOf(
  "dj-practical-talent-2024",
  "trainees",
  ["name", "employer", "trainingDone", "trainingRequired", "inventionPatents"],
  Array.from({ length: 10 }, (_, i) => [`学员${i + 1}`, "丁公司", 40, 40, 10 - i]),
);

describe("the certificate list", () => {
  it("lists everyone who passed with a numbered certificate, in the order of the imports, IDs masked", () => {
    const table = buildCertificateTable(scoredOf("gd-ipo-2021", [gd], {}, 2021), {
      fullIds: false,
      prefix: "GD-IPO-2021",
    });
    expect(printTable(table)).toMatchInlineSnapshot(`
      "证书编号 | 姓名 | 身份证号 | 工作单位 | 总分
      GD-IPO-2021-0001 | 张三 | 420102********0010 | 甲公司 | 97
      GD-IPO-2021-0002 | 王五 | 420102********0037 | 丙公司 | 91"
    `);
  });

  it("gives the tier, and counts a person's tier override with its effect on eligibility", () => {
    const scored = scoredOf("dj-practical-talent-2024", [dj], {
      decisions: [
        { traineeId: "name:学员1|丁公司", kind: "tier", value: "良好", reason: "参考所在企业意见" },
        { traineeId: "name:学员10|丁公司", kind: "tier", value: "不合格", reason: "参考所在企业意见" },
      ],
    });
    const table = buildCertificateTable(scored, { fullIds: false, prefix: "DJ-PRACTICAL-TALENT-2023" });
    expect(printTable(table)).toMatchInlineSnapshot(`
      "证书编号 | 姓名 | 身份证号 | 工作单位 | 总分 | 等次
      DJ-PRACTICAL-TALENT-2023-0001 | 学员1 |  | 丁公司 | 90 | 良好
      DJ-PRACTICAL-TALENT-2023-0002 | 学员2 |  | 丁公司 | 87 | 良好
      DJ-PRACTICAL-TALENT-2023-0003 | 学员3 |  | 丁公司 | 84 | 良好
      DJ-PRACTICAL-TALENT-2023-0004 | 学员4 |  | 丁公司 | 81 | 良好
      DJ-PRACTICAL-TALENT-2023-0005 | 学员5 |  | 丁公司 | 78 | 合格
      DJ-PRACTICAL-TALENT-2023-0006 | 学员6 |  | 丁公司 | 75 | 合格
      DJ-PRACTICAL-TALENT-2023-0007 | 学员7 |  | 丁公司 | 72 | 合格
      DJ-PRACTICAL-TALENT-2023-0008 | 学员8 |  | 丁公司 | 69 | 合格
      DJ-PRACTICAL-TALENT-2023-0009 | 学员9 |  | 丁公司 | 66 | 合格"
    `);
  });

  it("has no 总分 column where attempts alone decide", () => {
    const bxwq = sheetOf(
      "hb-bxwq-2023",
      "trainees",
      ["name", "employer", "region", "exam", "practical", "makeUpExam"],
      [
        ["赵六", "戊公司", "鄂州", 80, true, null],
        ["钱七", "己公司", "鄂州", 50, true, 70],
        ["孙八", "庚公司", "鄂州", 50, true, 40],
      ],
    );
    const table = buildCertificateTable(scoredOf("hb-bxwq-2023", [bxwq]), {
      fullIds: false,
      prefix: "HB-BXWQ-2023",
    });
    expect(printTable(table)).toMatchInlineSnapshot(`
      "证书编号 | 姓名 | 身份证号 | 工作单位 | 所在市州
      HB-BXWQ-2023-0001 | 赵六 |  | 戊公司 | 鄂州
      HB-BXWQ-2023-0002 | 钱七 |  | 己公司 | 鄂州"
    `);
  });
});
