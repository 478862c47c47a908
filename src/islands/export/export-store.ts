/**
 * The export panel's state: the exports the cohort's program has, whether
 * ID numbers and phones go out whole (off unless ticked), the unit named on
 * a form's 单位（盖章） line, and what the last export did. The table is built
 * here from the scored cohort; the file is written in the export worker.
 */
import { signal } from "@preact/signals";
import { makeCertificatePrefix } from "../../export/certificate-numbers.ts";
import {
  buildExport,
  listExports,
  nameExportFile,
  type ExportChoice,
} from "../../export/export-catalogue.ts";
import type { ScoredCohort } from "../../export/scored-cohort.ts";
import type { ExportFormat } from "../../export/workbook-protocol.ts";
import type { NamedTable } from "../../export/write-results-workbook.ts";
import { downloadFile } from "./download-file.ts";
import { writeInWorker } from "./workbook-client.ts";

/** How a file is written and handed to the person; replaced in tests. */
export interface ExportDeps {
  write(sheet: NamedTable, format: ExportFormat): Promise<Uint8Array<ArrayBuffer>>;
  save(fileName: string, bytes: Uint8Array<ArrayBuffer>, type: string): void;
}

const mediaTypes: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
};

/** The panel's state and actions. */
export type ExportStore = ReturnType<typeof createExportStore>;

/** Creates the store for one scored cohort of the program `slug`. */
export function createExportStore(
  scored: ScoredCohort,
  slug: string,
  deps: ExportDeps = { write: writeInWorker, save: downloadFile },
) {
  const fullIds = signal(false);
  const unit = signal("");
  /** The export being made, as `id:format`, or null. */
  const busy = signal<string | null>(null);
  const status = signal<string | null>(null);
  const error = signal<string | null>(null);

  return {
    choices: listExports(scored.program),
    fullIds,
    unit,
    busy,
    status,
    error,

    /** Builds the export, writes it as `format` and offers it as a download. */
    async exportAs(choice: ExportChoice, format: ExportFormat): Promise<void> {
      busy.value = `${choice.id}:${format}`;
      error.value = null;
      status.value = `正在生成「${choice.label}」……`;
      try {
        // Let the line above render first: the results table of 100,000 trainees takes a second or two to build.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const whole = fullIds.value;
        const sheet = buildExport(choice, scored, {
          fullIds: whole,
          certificatePrefix: makeCertificatePrefix(slug, scored.cohort.year),
          unit: unit.value.trim(),
        });
        const bytes = await deps.write(sheet, format);
        const fileName = nameExportFile(scored.cohort, choice, format);
        deps.save(fileName, bytes, mediaTypes[format]);
        status.value = `已导出「${fileName}」，共 ${sheet.table.rows.length} 行${whole ? "，含完整身份证号和手机号，请妥善保管" : "，身份证号和手机号已隐去中间几位"}。`;
      } catch (cause) {
        status.value = null;
        error.value = `「${choice.label}」导出失败：${cause instanceof Error ? cause.message : String(cause)}`;
      } finally {
        busy.value = null;
      }
    },
  };
}
