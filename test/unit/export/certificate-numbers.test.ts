import { describe, expect, it } from "vitest";
import { scoreCohort } from "../../../src/core/scoring/score-cohort.ts";
import { makeCertificatePrefix, numberCertificates } from "../../../src/export/certificate-numbers.ts";
import { loadProgram } from "../helpers/load-programs.ts";

const gd = loadProgram("gd-ipo-2021").data.rules;
const passing = { onlineHours: 20, offlineSessions: 1, exam: 90 };
const failing = { onlineHours: 20, offlineSessions: 1, exam: 50 };

describe("certificate numbers", () => {
  it("start with the program's code and the cohort's year", () => {
    expect(makeCertificatePrefix("dj-practical-talent-2024", 2025)).toBe("DJ-PRACTICAL-TALENT-2025");
  });

  it("count only the holders, in the order trainees first appear", () => {
    const scores = scoreCohort(gd, [
      { id: "a", measures: failing },
      { id: "b", measures: passing },
      { id: "c", measures: failing },
      { id: "d", measures: passing },
    ]);
    expect(numberCertificates(scores, "GD-IPO-2021")).toEqual([
      { trainee: 1, number: "GD-IPO-2021-0001" },
      { trainee: 3, number: "GD-IPO-2021-0002" },
    ]);
  });

  it("widen past four digits so that 10,000 holders still sort by number", () => {
    const scores = scoreCohort(
      gd,
      Array.from({ length: 10_000 }, (_, i) => ({ id: `t${i}`, measures: passing })),
    );
    const numbers = numberCertificates(scores, "P").map((h) => h.number);
    expect([numbers[0], numbers.at(-1)]).toEqual(["P-00001", "P-10000"]);
  });

  it("are none for a program without a certificate", () => {
    const jy = loadProgram("jy-talent-plan-2022").data.rules;
    expect(numberCertificates(scoreCohort(jy, [{ id: "a", measures: {} }]), "JY-2022")).toEqual([]);
  });
});
