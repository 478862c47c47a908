/**
 * The results table's state: sort, filters, search, whether ID numbers and
 * phones show whole, and the row opened for its explanation. Derived lists
 * (columns, shown trainees in order, the chart mask) are computed signals.
 */
import { computed, signal, type ReadonlySignal } from "@preact/signals";
import type { ScoredCohort } from "../../export/scored-cohort.ts";
import {
  listFilterChoices,
  listResultColumns,
  maskTrainees,
  noFilters,
  orderTrainees,
  type ResultFilters,
  type ResultSort,
} from "./results-view.ts";

/** The table store's state and actions. */
export type TableStore = ReturnType<typeof createTableStore>;

/** Creates the table state over the current scored cohort (null while it loads). */
export function createTableStore(scored: ReadonlySignal<ScoredCohort | null>) {
  const sort = signal<ResultSort | null>(null);
  const filters = signal<ResultFilters>(noFilters);
  const search = signal("");
  const reveal = signal(false);
  /** The trainee id whose explanation is open: ids survive a re-score, indices may not. */
  const openId = signal<string | null>(null);

  const ids = computed(() => scored.value?.scores.table.ids ?? null);
  const columns = computed(() =>
    scored.value === null ? [] : listResultColumns(scored.value, reveal.value),
  );
  const choices = computed(() => (scored.value === null ? null : listFilterChoices(scored.value)));
  const mask = computed(() =>
    scored.value === null ? new Uint8Array(0) : maskTrainees(scored.value, filters.value, search.value),
  );
  const order = computed(() => orderTrainees(mask.value, columns.value, sort.value));
  const openIndex = computed(() => {
    const s = scored.value;
    const id = openId.value;
    if (s === null || id === null) return null;
    const i = Array.prototype.indexOf.call(s.scores.table.ids, id);
    return i < 0 ? null : i;
  });

  return {
    sort,
    filters,
    search,
    reveal,
    openId,
    ids,
    columns,
    choices,
    mask,
    order,
    openIndex,

    /** Sorts by `column`, ascending; a second click reverses. */
    toggleSort(column: string): void {
      const current = sort.value;
      sort.value =
        current?.column === column && current.direction === "ascending"
          ? { column, direction: "descending" }
          : { column, direction: "ascending" };
    },

    /** Sets one filter ("" for every value). */
    setFilter(name: keyof ResultFilters, value: string): void {
      filters.value = { ...filters.value, [name]: value };
    },
  };
}
