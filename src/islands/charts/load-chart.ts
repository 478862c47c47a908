/**
 * Chart.js, fetched on first use: a staff page carries none of it until a
 * chart is shown (issue 5: under 120 KB before a file is chosen).
 */
import type { Chart } from "chart.js";

let loading: Promise<typeof Chart> | undefined;

/** The Chart class, ready for bar charts; a failed load is tried again on the next call. */
export function loadChart(): Promise<typeof Chart> {
  loading ??= import("./chart-kit.ts").then(
    (kit) => kit.Chart,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
