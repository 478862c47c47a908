/**
 * The staff workspace: the cohorts kept in this browser, and for the chosen
 * one its import wizard and history. The chosen cohort is in the address
 * (#批次=…), so a reload or the back button keeps the place.
 */
import "./zod-jitless.ts";
import { useEffect, useMemo } from "preact/hooks";
import { getWorkspaceDb } from "./workspace-db.ts";
import CohortList from "./CohortList.tsx";
import CohortView from "./CohortView.tsx";
import NewCohortForm from "./NewCohortForm.tsx";
import OpsPanel from "./ops/OpsPanel.tsx";
import { registerOfflineWorker } from "./ops/register-offline-worker.ts";
import StorageStatus from "./StorageStatus.tsx";
import type { WorkspaceProgram } from "./workspace-program.ts";
import { createWorkspaceStore } from "./workspace-store.ts";

interface Props {
  programs: WorkspaceProgram[];
}

const hashKey = "批次";

/** Shows a cohort: its id goes into the address. */
function openCohort(id: string): void {
  location.hash = `${hashKey}=${encodeURIComponent(id)}`;
}

/** Back to the list, after a restore or clear replaced the cohort that was shown. */
function showList(): void {
  history.replaceState(null, "", location.pathname + location.search);
  window.dispatchEvent(new HashChangeEvent("hashchange"));
}

function readSelection(): string | null {
  const params = new URLSearchParams(location.hash.slice(1));
  return params.get(hashKey);
}

/** The island's root. */
export default function WorkspaceApp({ programs }: Props) {
  const store = useMemo(() => createWorkspaceStore(getWorkspaceDb()), []);
  useEffect(() => {
    const follow = () => store.select(readSelection());
    follow();
    window.addEventListener("hashchange", follow);
    const stop = store.start();
    registerOfflineWorker();
    return () => {
      window.removeEventListener("hashchange", follow);
      stop();
    };
  }, [store]);

  const cohorts = store.cohorts.value;
  const selected = store.selected.value;
  const program = selected ? programs.find((p) => p.slug === selected.programSlug) : undefined;
  return (
    <div class="workspace">
      {store.error.value && (
        <p class="workspace-alert" role="alert">
          {store.error.value}
        </p>
      )}
      <StorageStatus store={store} />
      {cohorts === null ? (
        <p aria-live="polite">正在读取本浏览器中保存的批次…</p>
      ) : selected && program ? (
        <CohortView store={store} cohort={selected} program={program} />
      ) : (
        <>
          {store.selectedId.value && <p role="alert">找不到这个批次，它可能已被删除。</p>}
          <CohortList
            cohorts={cohorts}
            programs={programs}
            linkTo={(id) => `#${hashKey}=${encodeURIComponent(id)}`}
          />
          <NewCohortForm
            programs={programs}
            onCreate={async (input) => {
              const cohort = await store.addCohort(input);
              if (cohort) openCohort(cohort.id);
            }}
          />
          <OpsPanel
            db={getWorkspaceDb()}
            programs={programs}
            cohorts={cohorts}
            openCohort={openCohort}
            afterReplace={showList}
          />
        </>
      )}
    </div>
  );
}
