/**
 * The import wizard for one cohort: choose or drop files, pick a sheet,
 * confirm the mapping, review the problems, store. The steps live in
 * import-store.ts; this file only picks the view for the current step.
 */
import { useEffect, useMemo, useRef } from "preact/hooks";
import { mappingSignature, recallMapping, rememberMapping } from "../db/mappings.ts";
import { DuplicateImportError, findImportByHash } from "../db/imports.ts";
import { createImportClient } from "../import/import-client.ts";
import { hashFile } from "../import/hash-file.ts";
import FilePicker from "./FilePicker.tsx";
import ImportProgressLine from "./ImportProgressLine.tsx";
import { createImportStore } from "./import-store.ts";
import MappingTable from "./MappingTable.tsx";
import ProblemReview from "./ProblemReview.tsx";
import SheetPicker from "./SheetPicker.tsx";
import { getWorkspaceDb } from "./workspace-db.ts";
import type { WorkspaceProgram } from "./workspace-program.ts";
import { formatCount } from "./format-figures.ts";

interface Props {
  program: WorkspaceProgram;
  cohortId: string;
  onSaved: () => void;
}

/** The wizard; a new cohort gets a new wizard (and a new worker on first use). */
export default function ImportWizard({ program, cohortId, onSaved }: Props) {
  const client = useMemo(() => createImportClient(), [cohortId]);
  // The parent passes a new callback on every render; the store must outlive those renders.
  const savedCallback = useRef(onSaved);
  savedCallback.current = onSaved;
  const store = useMemo(() => {
    const db = getWorkspaceDb();
    return createImportStore({
      program,
      cohortId,
      client,
      hashFile,
      checkReimport: async (hash) => {
        const existing = await findImportByHash(db, cohortId, hash);
        return existing && `${new DuplicateImportError(existing).message}，不再重复导入。`;
      },
      recallMapping: (signature) => recallMapping(db, signature),
      rememberMapping: (signature, mapping) => rememberMapping(db, signature, mapping),
      mappingSignature,
      onSaved: () => savedCallback.current(),
    });
  }, [client, program, cohortId]);
  useEffect(() => () => client.close(), [client]);

  const step = store.step.value;
  const working = step === "reading" || step === "inspecting" || step === "validating" || step === "saving";
  return (
    <section class="import-wizard" aria-labelledby="import-title">
      <h3 id="import-title">导入表格</h3>
      {store.notices.value.length > 0 && (
        <ul class="import-notices" role="alert">
          {store.notices.value.map((n, i) => (
            <li key={i}>{n.message}</li>
          ))}
        </ul>
      )}
      {store.saved.value.length > 0 && (
        <ul class="import-saved" role="status">
          {store.saved.value.map((r) => (
            <li key={r.id}>
              已导入「{r.fileName}」的工作表「{r.sheetName}」：{formatCount(r.rowCount)} 行
              {r.skippedRows > 0 ? `（跳过有问题的 ${formatCount(r.skippedRows)} 行）` : ""}。
            </li>
          ))}
        </ul>
      )}
      {(step === "idle" || step === "done") && (
        <FilePicker onFiles={(files) => void store.chooseFiles(files)} />
      )}
      {working && <ImportProgressLine store={store} />}
      {step === "sheets" && <SheetPicker store={store} />}
      {step === "mapping" && <MappingTable store={store} />}
      {step === "review" && <ProblemReview store={store} />}
    </section>
  );
}
