import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCohort, setRuleOverrides } from "../../../../src/db/cohorts.ts";
import { openDatabase, type ZhipeiDatabase } from "../../../../src/db/database.ts";
import { commitImport } from "../../../../src/db/imports.ts";
import {
  createCertificateStore,
  type CertificateProgram,
} from "../../../../src/islands/export/certificate-store.ts";
import { loadProgram } from "../../helpers/load-programs.ts";
import { batchOf } from "../../core/validation/batches.ts";

const programs: CertificateProgram[] = ["gd-ipo-2021", "jy-talent-plan-2022"].map((slug) => {
  const data = loadProgram(slug).data;
  return { slug, ...data, issuer: data.issuer };
});

let db: ZhipeiDatabase;
beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

async function gdCohort(): Promise<string> {
  const cohort = await createCohort(db, { programSlug: "gd-ipo-2021", name: "第一期", year: 2021 });
  await commitImport(
    db,
    {
      cohortId: cohort.id,
      fileName: "学员.xlsx",
      fileHash: "a".repeat(64),
      sheetName: "Sheet1",
      recordKind: "trainee",
      skippedRows: 0,
      mapping: {},
    },
    batchOf(
      ["name", "employer", "onlineHours", "offlineSessions", "exam"],
      [
        ["张三", "甲公司", 20, 1, 90],
        ["李四", "乙公司", 20, 1, 50],
        ["王五", "丙公司", 20, 2, 80],
      ],
    ),
  );
  return cohort.id;
}

describe("the certificate print view's store", () => {
  it("lays out a certificate for everyone eligible in the stored cohort, dated today", async () => {
    const store = createCertificateStore(db, programs, new Date(2021, 11, 30));
    await store.load(await gdCohort());
    expect(store.certificates.value).toMatchInlineSnapshot(`
      [
        {
          "body": "参加广东省知识产权运营人才培养项目，经考核合格，特发此证。",
          "date": "2021年12月30日",
          "heading": "结业证书",
          "issuer": "国家知识产权培训（广东）基地",
          "name": "张三",
          "number": "GD-IPO-2021-0001",
        },
        {
          "body": "参加广东省知识产权运营人才培养项目，经考核合格，特发此证。",
          "date": "2021年12月30日",
          "heading": "结业证书",
          "issuer": "国家知识产权培训（广东）基地",
          "name": "王五",
          "number": "GD-IPO-2021-0002",
        },
      ]
    `);
  });

  it("scores with the cohort's own parameters", async () => {
    const id = await gdCohort();
    await setRuleOverrides(db, id, { "passMark.mark": 95 });
    const store = createCertificateStore(db, programs);
    await store.load(id);
    expect(store.certificates.value.map((c) => c.name)).toEqual(["张三"]);
  });

  it("prints the date the person chooses, or none", async () => {
    const store = createCertificateStore(db, programs);
    await store.load(await gdCohort());
    store.date.value = "2022-01-05";
    expect(store.certificates.value[0]?.date).toBe("2022年1月5日");
    store.date.value = "";
    expect(store.certificates.value[0]?.date).toBe("");
  });

  it("says why when the address names no cohort, an unknown one, or one whose program grants none", async () => {
    const store = createCertificateStore(db, programs);
    const messages: string[] = [];
    const jy = await createCohort(db, { programSlug: "jy-talent-plan-2022", name: "规划", year: 2022 });
    for (const id of [null, "no-such-cohort", jy.id]) {
      await store.load(id);
      const source = store.source.value;
      messages.push(source.state === "failed" ? source.message : source.state);
    }
    expect(messages).toMatchInlineSnapshot(`
      [
        "地址中没有指明批次。请从工作台的批次页面打开证书打印。",
        "本浏览器中找不到这个批次，它可能已被删除。",
        "「济源产城融合示范区“十四五”知识产权人才发展规划」不颁发证书。",
      ]
    `);
  });
});
