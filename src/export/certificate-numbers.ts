/**
 * Who gets a certificate, and its number. The scheme: 前缀-序号, the prefix
 * being the program's code and the cohort's year (GD-IPO-2021-0001), the
 * sequence at least four digits. Holders are numbered in the order they first
 * appear in the cohort's imports (the oldest file first), so trainees of a
 * later file get later numbers and numbers already printed stay; a person
 * earlier in that order gaining or losing the certificate (a make-up, an
 * override) moves the numbers after them, so print from the final list.
 */
import { isEligible } from "../core/scoring/check-eligibility.ts";
import type { CohortScores } from "../core/scoring/score-cohort.ts";

/** A trainee (index into the scores) with their certificate number. */
export interface CertificateHolder {
  trainee: number;
  number: string;
}

/** The default prefix: the slug without its year, upper-cased, then the cohort's year (GD-IPO-2021). */
export function makeCertificatePrefix(slug: string, year: number): string {
  return `${slug.replace(/-\d{4}$/, "").toUpperCase()}-${year}`;
}

/** Everyone the cohort's result (people's overrides included) makes eligible, numbered; empty without a certificate rule. */
export function numberCertificates(scores: CohortScores, prefix: string): CertificateHolder[] {
  const certificate = scores.rules.certificate;
  if (certificate === undefined) return [];
  const holders: number[] = [];
  for (let t = 0; t < scores.table.ids.length; t++)
    if (isEligible(scores, certificate.when, t, scores.overrides.get(t) ?? null)) holders.push(t);
  const digits = Math.max(4, String(holders.length).length);
  return holders.map((trainee, k) => ({
    trainee,
    number: `${prefix}-${String(k + 1).padStart(digits, "0")}`,
  }));
}
