import { describe, expect, it } from "vitest";
import { writeCertificates } from "../../../src/export/certificate-text.ts";
import { scoredOf, sheetOf } from "./cohorts.ts";

const choices = { prefix: "P", issuer: "发证单位", date: "2024-12-05" };

describe("the certificates' words", () => {
  it("name the holder, the program, the issuer and the date, written the Chinese way", () => {
    const gd = sheetOf(
      "gd-ipo-2021",
      "trainees",
      ["name", "employer", "onlineHours", "offlineSessions", "exam"],
      [
        ["张三", "甲公司", 20, 1, 90],
        ["李四", "乙公司", 10, 1, 90],
      ],
    );
    expect(
      writeCertificates(scoredOf("gd-ipo-2021", [gd]), {
        ...choices,
        issuer: "国家知识产权培训（广东）基地",
      }),
    ).toMatchInlineSnapshot(`
      [
        {
          "body": "参加广东省知识产权运营人才培养项目，经考核合格，特发此证。",
          "date": "2024年12月5日",
          "heading": "结业证书",
          "issuer": "国家知识产权培训（广东）基地",
          "name": "张三",
          "number": "P-0001",
        },
      ]
    `);
  });

  it("give the tier where the program grants by tier", () => {
    const dj = sheetOf(
      "dj-practical-talent-2024",
      "trainees",
      ["name", "employer", "trainingDone", "trainingRequired"],
      [["王五", "丙公司", 40, 40]],
    );
    expect(writeCertificates(scoredOf("dj-practical-talent-2024", [dj], {}, 2024), choices)[0]?.body).toBe(
      "参加垫江县企业知识产权实用人才培育工作方案（2024—2026年），2024 年度考核等次为合格，特发此证。",
    );
  });

  it("leave the date for the hand when none is chosen", () => {
    const gd = sheetOf(
      "gd-ipo-2021",
      "trainees",
      ["name", "employer", "onlineHours", "offlineSessions", "exam"],
      [["张三", "甲公司", 20, 1, 90]],
    );
    expect(writeCertificates(scoredOf("gd-ipo-2021", [gd]), { ...choices, date: "" })[0]?.date).toBe("");
  });
});
