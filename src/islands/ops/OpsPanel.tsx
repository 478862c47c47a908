/** The workspace list's housekeeping sections: demo cohorts, then backup, restore and clear. */
import { useEffect, useMemo } from "preact/hooks";
import type { Cohort } from "../../core/workspace/workspace-schema.ts";
import type { ZhipeiDatabase } from "../../db/database.ts";
import { downloadFile } from "../export/download-file.ts";
import type { WorkspaceProgram } from "../workspace-program.ts";
import BackupPanel from "./BackupPanel.tsx";
import DemoLoader from "./DemoLoader.tsx";
import { createOpsStore } from "./ops-store.ts";

interface Props {
  db: ZhipeiDatabase;
  programs: WorkspaceProgram[];
  /** The cohorts now stored: the backup reminder is re-read whenever they change. */
  cohorts: Cohort[];
  openCohort: (cohortId: string) => void;
  afterReplace: () => void;
}

/** Demo loader and backup panel over one ops store. */
export default function OpsPanel({ db, programs, cohorts, openCohort, afterReplace }: Props) {
  const store = useMemo(
    () =>
      createOpsStore({
        db,
        save: (backup) => downloadFile(backup.fileName, backup.bytes, backup.mimeType),
        openCohort,
        afterReplace,
      }),
    [db, openCohort, afterReplace],
  );
  useEffect(() => {
    void store.refresh().catch(() => undefined);
  }, [store, cohorts]);
  return (
    <>
      <DemoLoader store={store} programs={programs} />
      <BackupPanel store={store} />
    </>
  );
}
