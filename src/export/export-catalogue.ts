/**
 * The exports a program has, each built from the scored cohort as one named
 * table: 结果及说明 for every program with trainees, the 遴选名单 where it
 * selects, the certificate list and the talent-pool roster where it grants
 * them, the 培训情况统计表 where it has that form, 目标进度 where it has targets.
 */
import { buildCertificateTable } from "./certificate-table.ts";
import { buildProgressTable } from "./progress-table.ts";
import { buildResultTable, type ExportTable } from "./result-table.ts";
import type { CohortFacts, ExportProgram, ScoredCohort } from "./scored-cohort.ts";
import { buildSelectionTable } from "./selection-table.ts";
import { buildTalentPoolTable } from "./talent-pool-table.ts";
import { buildTrainingStatsTable, trainingStatsTemplateId } from "./training-stats-table.ts";
import type { NamedTable } from "./write-results-workbook.ts";

/** Which export. */
export type ExportId = "results" | "selection" | "certificates" | "talentPool" | "trainingStats" | "progress";

/** An export as offered: what it is called. */
export interface ExportChoice {
  id: ExportId;
  label: string;
}

/** What the person chose when exporting. */
export interface ExportOptions {
  /** Write ID numbers and phones whole; masked otherwise. */
  fullIds: boolean;
  /** Starts every certificate number (see certificate-numbers.ts). */
  certificatePrefix: string;
  /** The unit named on the 单位（盖章） line of a form. */
  unit: string;
}

/** The exports the program has, in the order they are offered. */
export function listExports(program: ExportProgram): ExportChoice[] {
  const { rules, templates } = program;
  const choices: ExportChoice[] = [];
  if (templates.some((t) => t.recordKind === "trainee" || t.recordKind === "registration"))
    choices.push({ id: "results", label: "结果及说明" });
  if (rules.selection !== undefined) choices.push({ id: "selection", label: "遴选名单" });
  if (rules.certificate !== undefined)
    choices.push({ id: "certificates", label: `${rules.certificate.label}名单` });
  if (rules.talentPool !== undefined)
    choices.push({ id: "talentPool", label: `${rules.talentPool.label}名单` });
  if (templates.some((t) => t.id === trainingStatsTemplateId))
    choices.push({ id: "trainingStats", label: "培训情况统计表" });
  if (rules.targets.length > 0) choices.push({ id: "progress", label: "目标进度" });
  return choices;
}

/** Builds one export of the scored cohort, as the sheet it is written to. */
export function buildExport(choice: ExportChoice, scored: ScoredCohort, options: ExportOptions): NamedTable {
  const name = choice.id === "results" ? "结果" : choice.label;
  return { name, table: buildTable(choice.id, scored, options) };
}

function buildTable(id: ExportId, scored: ScoredCohort, options: ExportOptions): ExportTable {
  switch (id) {
    case "results":
      return buildResultTable({ ...scored, fullIds: options.fullIds });
    case "selection":
      return buildSelectionTable(scored, options);
    case "certificates":
      return buildCertificateTable(scored, { fullIds: options.fullIds, prefix: options.certificatePrefix });
    case "talentPool":
      return buildTalentPoolTable(scored, options);
    case "trainingStats": {
      const template = scored.program.templates.find((t) => t.id === trainingStatsTemplateId);
      if (template === undefined) throw new Error("该项目没有培训情况统计表");
      return buildTrainingStatsTable(template, scored.trainingClasses, options);
    }
    case "progress":
      return buildProgressTable(scored.progress);
  }
}

/** The download's file name: the cohort's name and the export's, without characters file systems refuse. */
export function nameExportFile(cohort: CohortFacts, choice: ExportChoice, extension: "xlsx" | "csv"): string {
  return `${cohort.name}-${choice.label}.${extension}`.replace(/[\\/:*?"<>|]/g, "_");
}
