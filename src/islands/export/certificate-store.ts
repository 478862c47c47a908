/**
 * The certificate print view's state: the cohort named in the address, read
 * from this browser's database and scored with its own rules and decisions,
 * and the certificates of everyone eligible, worded for the chosen date.
 */
import { computed, signal } from "@preact/signals";
import { makeCertificatePrefix } from "../../export/certificate-numbers.ts";
import { writeCertificates } from "../../export/certificate-text.ts";
import { scoreStoredCohort } from "../../export/score-stored-cohort.ts";
import type { ExportProgram, ScoredCohort } from "../../export/scored-cohort.ts";
import { listCohorts } from "../../db/cohorts.ts";
import type { ZhipeiDatabase } from "../../db/database.ts";
import { listDecisions } from "../../db/decisions.ts";
import { loadCohortRows } from "../../db/imports.ts";

/** A program as the print view needs it: what exports need, its slug, and who issues its certificates. */
export interface CertificateProgram extends ExportProgram {
  slug: string;
  issuer: string;
}

/** Reading the cohort, what stops the view (in words), or the scored cohort. */
export type CertificateSource =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; cohortId: string; program: CertificateProgram; scored: ScoredCohort };

/** The print view's state and actions. */
export type CertificateStore = ReturnType<typeof createCertificateStore>;

/** Today in the browser's time zone, as an ISO date. */
function readToday(now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Creates the store over an open database and the programs the page was built with. */
export function createCertificateStore(
  db: ZhipeiDatabase,
  programs: readonly CertificateProgram[],
  now = new Date(),
) {
  const source = signal<CertificateSource>({ state: "loading" });
  /** The date printed on every certificate (ISO); empty leaves it to be written by hand. */
  const date = signal(readToday(now));
  const prefix = computed(() => {
    const s = source.value;
    return s.state === "ready" ? makeCertificatePrefix(s.program.slug, s.scored.cohort.year) : "";
  });
  const certificates = computed(() => {
    const s = source.value;
    if (s.state !== "ready") return [];
    return writeCertificates(s.scored, { prefix: prefix.value, issuer: s.program.issuer, date: date.value });
  });

  return {
    source,
    date,
    prefix,
    certificates,

    /** Reads and scores the cohort `cohortId` (from the address: null when it names none). */
    async load(cohortId: string | null): Promise<void> {
      if (cohortId === null || cohortId === "") {
        source.value = { state: "failed", message: "地址中没有指明批次。请从工作台的批次页面打开证书打印。" };
        return;
      }
      try {
        const cohort = (await listCohorts(db)).find((c) => c.id === cohortId);
        if (cohort === undefined) {
          source.value = { state: "failed", message: "本浏览器中找不到这个批次，它可能已被删除。" };
          return;
        }
        const program = programs.find((p) => p.slug === cohort.programSlug);
        if (program === undefined) {
          source.value = { state: "failed", message: `找不到批次所属的培训项目（${cohort.programSlug}）。` };
          return;
        }
        if (program.rules.certificate === undefined) {
          source.value = { state: "failed", message: `「${program.title}」不颁发证书。` };
          return;
        }
        const [rows, decisions] = await Promise.all([
          loadCohortRows(db, cohortId),
          listDecisions(db, cohortId),
        ]);
        const scored = scoreStoredCohort(program, cohort, rows, decisions);
        source.value = scored.ok
          ? { state: "ready", cohortId, program, scored: scored.scored }
          : { state: "failed", message: `本批次调整过的考核参数不能使用：${scored.problems.join("；")}` };
      } catch (cause) {
        source.value = {
          state: "failed",
          message: `读取本浏览器中的数据失败：${cause instanceof Error ? cause.message : String(cause)}`,
        };
      }
    },
  };
}
