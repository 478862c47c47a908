/**
 * The import wizard's state and steps, as signals, so every step can be
 * tested without rendering: choose files → pick a sheet → confirm the
 * column mapping → review the problems → store. One file at a time; files
 * chosen together wait in a queue. The worker does the reading, validating
 * and storing; this store only asks, shows and remembers.
 */
import { batch, computed, signal } from "@preact/signals";
import type { Field } from "../core/fields/field-schema.ts";
import type { MatchReason } from "../core/mapping/match-header.ts";
import type { ImportRecord } from "../core/workspace/workspace-schema.ts";
import type { TextEncodingName } from "../import/decode-text.ts";
import type { ImportClient } from "../import/import-client.ts";
import { MAX_FILE_BYTES } from "../import/import-limits.ts";
import type { BuildSummary, ImportProgress } from "../import/import-protocol.ts";
import { describeReadFailure, WorkbookReadError } from "../import/read-failure.ts";
import type { SheetLayout } from "../import/sheet-layout.ts";
import type { WorkbookRead } from "../import/workbook-read.ts";
import { toColumnKeys } from "./column-keys.ts";
import { importMeasures } from "./timing-marks.ts";
import type { WorkspaceProgram, WorkspaceTemplate } from "./workspace-program.ts";

/** Where the wizard is. */
export type ImportStep =
  "idle" | "reading" | "sheets" | "inspecting" | "mapping" | "validating" | "review" | "saving" | "done";

/** A file as the page has it (a DOM File, or a stand-in in tests). */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Why a column has its field: the proposal's reason, the mapping recalled for these headers, or the person's choice. */
export type ChoiceSource = MatchReason | "recalled" | "chosen" | null;

/** One column of the sheet as the mapping table shows it. */
export interface ColumnChoice {
  /** 0-based column index in the sheet. */
  column: number;
  header: string;
  /** The key under which the mapping records this column. */
  key: string;
  fieldKey: string | null;
  source: ChoiceSource;
}

/** A file that could not be imported, and why. */
export interface FileNotice {
  fileName: string;
  message: string;
}

/** What the store needs from the page: the worker client and the database, injected so tests can fake them. */
export interface ImportStoreDeps {
  program: WorkspaceProgram;
  cohortId: string;
  client: ImportClient;
  hashFile(bytes: ArrayBuffer): Promise<string>;
  /** The message refusing a file already imported into the cohort, or undefined when it is new. */
  checkReimport(fileHash: string): Promise<string | undefined>;
  recallMapping(signature: string): Promise<Record<string, string> | undefined>;
  rememberMapping(signature: string, mapping: Record<string, string>): Promise<void>;
  mappingSignature(programSlug: string, headers: readonly string[]): string;
  onSaved?(record: ImportRecord): void;
}

// Ignored columns are remembered too ("" for none), so a column the person unmapped stays unmapped next time.
function toRemembered(choices: readonly ColumnChoice[]): Record<string, string> {
  return Object.fromEntries(choices.map((c) => [c.key, c.fieldKey ?? ""]));
}

/** The wizard's state and actions. */
export type ImportStore = ReturnType<typeof createImportStore>;

/** Creates the wizard for one cohort of one program. */
export function createImportStore(deps: ImportStoreDeps) {
  const { program, client } = deps;
  const step = signal<ImportStep>("idle");
  const queue = signal<ChosenFile[]>([]);
  const notices = signal<FileNotice[]>([]);
  const fileName = signal("");
  const fileHash = signal("");
  const progress = signal<ImportProgress | null>(null);
  const workbook = signal<WorkbookRead | null>(null);
  const layout = signal<SheetLayout | null>(null);
  const templateId = signal(program.templates[0]?.id ?? "");
  const choices = signal<ColumnChoice[]>([]);
  const summary = signal<BuildSummary | null>(null);
  /** Imports stored since the files were chosen. */
  const saved = signal<ImportRecord[]>([]);
  let controller = new AbortController();
  const recalled = new Map<string, Record<string, string>>();

  const template = computed<WorkspaceTemplate | undefined>(() =>
    program.templates.find((t) => t.id === templateId.value),
  );
  const fieldsByKey = computed(() => new Map((template.value?.fields ?? []).map((f) => [f.key, f])));
  /** Labels of required fields no column is mapped to. */
  const missing = computed(() => {
    const chosen = new Set(choices.value.map((c) => c.fieldKey));
    return (template.value?.fields ?? []).filter((f) => f.required && !chosen.has(f.key)).map((f) => f.label);
  });
  /** Labels of fields two or more columns are mapped to. */
  const duplicates = computed(() => {
    const counts = new Map<string, number>();
    for (const c of choices.value) if (c.fieldKey) counts.set(c.fieldKey, (counts.get(c.fieldKey) ?? 0) + 1);
    return [...counts].filter(([, n]) => n > 1).map(([key]) => fieldsByKey.value.get(key)?.label ?? key);
  });
  const canConfirm = computed(
    () => layout.value?.header != null && missing.value.length === 0 && duplicates.value.length === 0,
  );

  function notify(message: string): void {
    notices.value = [...notices.value, { fileName: fileName.value, message }];
  }

  function measure(name: string, start: number): void {
    performance.measure(name, { start, end: performance.now() });
  }

  function resetFile(): void {
    batch(() => {
      fileName.value = "";
      fileHash.value = "";
      progress.value = null;
      workbook.value = null;
      layout.value = null;
      choices.value = [];
      summary.value = null;
      recalled.clear();
    });
  }

  /** Runs one step's work; a refusal becomes a notice and the wizard moves on to the next file. */
  async function attempt(work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const { signal: abortSignal } = controller;
    try {
      await work(abortSignal);
    } catch (error) {
      // A cancelled step was ended on purpose: cancel() has already reset the wizard.
      if (abortSignal.aborted) return;
      notify(error instanceof WorkbookReadError ? error.message : `导入时出错：${String(error)}`);
      await startNext();
    }
  }

  async function startNext(): Promise<void> {
    resetFile();
    const [next, ...rest] = queue.value;
    queue.value = rest;
    if (!next) {
      step.value = saved.value.length > 0 ? "done" : "idle";
      return;
    }
    controller = new AbortController();
    fileName.value = next.name;
    step.value = "reading";
    await attempt((abortSignal) => readFile(next, abortSignal));
  }

  async function readFile(file: ChosenFile, abortSignal: AbortSignal): Promise<void> {
    // Checked before the bytes are read: a 2 GB file would otherwise be loaded only to be refused.
    if (file.size > MAX_FILE_BYTES)
      throw new WorkbookReadError(describeReadFailure("file-too-large", file.name, { bytes: file.size }));
    client.start();
    const bytes = await file.arrayBuffer();
    let start = performance.now();
    const hash = await deps.hashFile(bytes);
    measure(importMeasures.hash, start);
    const refusal = await deps.checkReimport(hash);
    if (refusal)
      throw new WorkbookReadError(describeReadFailure("not-saved", file.name, { reason: refusal }));
    fileHash.value = hash;
    start = performance.now();
    const read = await client.open(file.name, bytes, { signal: abortSignal, onProgress: showProgress });
    measure(importMeasures.parse, start);
    await showWorkbook(read, abortSignal);
  }

  function showProgress(next: ImportProgress): void {
    progress.value = next;
  }

  async function showWorkbook(read: WorkbookRead, abortSignal: AbortSignal): Promise<void> {
    workbook.value = read;
    // A sheet that should hold data but cannot be read is said once; blank Sheet2s are not worth a word.
    for (const sheet of read.sheets)
      if (sheet.problem && sheet.problem.code !== "sheet-empty") notify(sheet.problem.message);
    const readable = read.sheets.filter((s) => !s.problem);
    if (readable.length === 1 && readable[0]) await inspect(readable[0].name, abortSignal);
    else step.value = "sheets";
  }

  async function inspect(sheetName: string, abortSignal: AbortSignal): Promise<void> {
    step.value = "inspecting";
    progress.value = null;
    const start = performance.now();
    const found = await client.inspect(sheetName, program.templates, { signal: abortSignal });
    measure(importMeasures.inspect, start);
    await recallAll(found);
    const remembered = program.templates.find((t) => recalled.has(t.id));
    batch(() => {
      layout.value = found;
      templateId.value = remembered?.id ?? found.suggestedTemplateId;
      choices.value = proposeChoices(found, templateId.value);
      step.value = "mapping";
    });
  }

  async function recallAll(found: SheetLayout): Promise<void> {
    recalled.clear();
    if (!found.header) return;
    for (const t of program.templates) {
      const mapping = await deps.recallMapping(signatureFor(t.id, found));
      if (mapping) recalled.set(t.id, mapping);
    }
  }

  function signatureFor(id: string, found: SheetLayout): string {
    return deps.mappingSignature(`${program.slug}/${id}`, found.headerKeys);
  }

  function proposeChoices(found: SheetLayout, id: string): ColumnChoice[] {
    const columns = found.header?.columns ?? [];
    const keys = toColumnKeys(columns);
    const remembered = recalled.get(id);
    const proposal = found.proposals.find((p) => p.templateId === id)?.mapping.columns ?? [];
    const fields = new Set(program.templates.find((t) => t.id === id)?.fields.map((f) => f.key));
    return columns.map((c, i) => {
      const key = keys[i] ?? c.header;
      const recalledKey = remembered?.[key];
      if (remembered && recalledKey !== undefined) {
        const fieldKey = fields.has(recalledKey) ? recalledKey : null;
        return { column: c.index, header: c.header, key, fieldKey, source: "recalled" };
      }
      const match = proposal.find((m) => m.column === c.index);
      return {
        column: c.index,
        header: c.header,
        key,
        fieldKey: match?.fieldKey ?? null,
        source: match?.reason ?? null,
      };
    });
  }

  async function validate(abortSignal: AbortSignal): Promise<void> {
    const found = layout.value;
    const chosen = template.value;
    if (!found?.header || !chosen) return;
    step.value = "validating";
    progress.value = null;
    const bindings = choices.value.flatMap((c) => {
      const field: Field | undefined = c.fieldKey ? fieldsByKey.value.get(c.fieldKey) : undefined;
      return field ? [{ column: c.column, field, header: c.header }] : [];
    });
    const start = performance.now();
    const built = await client.build(
      {
        cohortId: deps.cohortId,
        sheetName: found.sheetName,
        recordKind: chosen.recordKind,
        dataStart: found.header.dataStart,
        bindings,
      },
      { signal: abortSignal, onProgress: showProgress },
    );
    measure(importMeasures.validate, start);
    batch(() => {
      summary.value = built;
      step.value = "review";
    });
  }

  async function store(abortSignal: AbortSignal): Promise<void> {
    const chosen = template.value;
    if (!chosen) return;
    step.value = "saving";
    progress.value = null;
    const mapping = Object.fromEntries(
      choices.value.flatMap((c) => (c.fieldKey ? [[c.key, c.fieldKey]] : [])),
    );
    const start = performance.now();
    const record = await client.save(
      { cohortId: deps.cohortId, fileHash: fileHash.value, recordKind: chosen.recordKind, mapping },
      { signal: abortSignal, onProgress: showProgress },
    );
    measure(importMeasures.store, start);
    // Remembered only once the rows are stored, so a cancelled or failed import leaves the database as it was.
    const found = layout.value;
    if (found) await deps.rememberMapping(signatureFor(chosen.id, found), toRemembered(choices.value));
    saved.value = [...saved.value, record];
    deps.onSaved?.(record);
    await startNext();
  }

  return {
    program,
    step,
    queue,
    notices,
    fileName,
    progress,
    workbook,
    layout,
    templateId,
    template,
    choices,
    missing,
    duplicates,
    canConfirm,
    summary,
    saved,

    /** Starts importing the chosen files, one after another; earlier notices are cleared. */
    async chooseFiles(files: readonly ChosenFile[]): Promise<void> {
      if (files.length === 0) return;
      const busy = step.value !== "idle" && step.value !== "done";
      queue.value = [...queue.value, ...files];
      if (busy) return;
      notices.value = [];
      saved.value = [];
      await startNext();
    },

    /** Reads the chosen sheet's header and proposes the mapping. */
    async chooseSheet(sheetName: string): Promise<void> {
      await attempt((abortSignal) => inspect(sheetName, abortSignal));
    },

    /** Reads the open CSV file again in the encoding the person picked. */
    async changeEncoding(encoding: TextEncodingName): Promise<void> {
      step.value = "reading";
      await attempt(async (abortSignal) => {
        const read = await client.reopen(encoding, { signal: abortSignal, onProgress: showProgress });
        await showWorkbook(read, abortSignal);
      });
    },

    /** Reads the sheet as another of the program's sheet kinds. */
    chooseTemplate(id: string): void {
      const found = layout.value;
      if (!found) return;
      batch(() => {
        templateId.value = id;
        choices.value = proposeChoices(found, id);
      });
    },

    /** Maps one column (by sheet index) to a field, or to nothing. */
    chooseField(column: number, fieldKey: string | null): void {
      choices.value = choices.value.map((c) =>
        c.column === column ? { ...c, fieldKey, source: "chosen" } : c,
      );
    },

    /** Remembers the mapping and validates every row with it. */
    async confirmMapping(): Promise<void> {
      if (!canConfirm.value) return;
      await attempt(validate);
    },

    /** Stores the rows without the ones that have errors. */
    async importRows(): Promise<void> {
      await attempt(store);
    },

    /**
     * Stops the current file and drops the queue. The worker is terminated whatever it was doing, so an
     * unfinished save leaves nothing and the open workbook's memory is given back.
     */
    cancel(): void {
      controller.abort(new DOMException("已取消导入", "AbortError"));
      client.close();
      queue.value = [];
      resetFile();
      step.value = "idle";
    },

    /** Goes back to choosing files after a finished import. */
    finish(): void {
      saved.value = [];
      notices.value = [];
      step.value = "idle";
    },
  };
}
