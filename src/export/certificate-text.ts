/**
 * The words of each certificate the print view lays out, one per holder:
 * the certificate's name, its number, the trainee's name, what they did,
 * the issuer and the date. The tier is named where the program grants by
 * tier (dj: 合格 and above), a person's override counting.
 */
import { tierWordOf } from "../core/scoring/summarize-cohort.ts";
import { numberCertificates } from "./certificate-numbers.ts";
import { formatChineseDate } from "./chinese-date.ts";
import { readPersonCells } from "./person-cells.ts";
import type { ScoredCohort } from "./scored-cohort.ts";

/** One certificate, as printed. */
export interface CertificateText {
  /** The certificate's name (结业证书). */
  heading: string;
  number: string;
  name: string;
  /** What the holder did, ending 特发此证。 */
  body: string;
  issuer: string;
  /** 2021年12月30日, or empty to be written in by hand. */
  date: string;
}

/** What the person printing chose: the numbers' prefix, who issues, and the date (ISO, or empty). */
export interface CertificateChoices {
  prefix: string;
  issuer: string;
  date: string;
}

/** The certificates of every holder, in number order; none without a certificate rule. */
export function writeCertificates(scored: ScoredCohort, choices: CertificateChoices): CertificateText[] {
  const { scores, program, cohort } = scored;
  const certificate = scores.rules.certificate;
  if (certificate === undefined) return [];
  const person = readPersonCells(scored.matched, false);
  const date = formatChineseDate(choices.date);
  return numberCertificates(scores, choices.prefix).map(({ trainee, number }) => {
    const tier = scores.overrides.get(trainee)?.tier?.value ?? tierWordOf(scores, trainee);
    const result =
      scores.rules.tiering === undefined || tier === null
        ? "经考核合格"
        : `${cohort.year} 年度考核等次为${tier}`;
    return {
      heading: certificate.label,
      number,
      name: String(person.read("name", trainee) ?? "（姓名未录入）"),
      body: `参加${program.title}，${result}，特发此证。`,
      issuer: choices.issuer,
      date,
    };
  });
}
