/** User-timing names the workspace writes and `npm run bench:import` / `bench:workspace` read. */

/** The import's stages, measured by the import store. */
export const importMeasures = {
  hash: "zhipei:import:hash",
  parse: "zhipei:import:parse",
  inspect: "zhipei:import:inspect",
  validate: "zhipei:import:validate",
  store: "zhipei:import:store",
} as const;

/** One scoring of a cohort, measured by the results store. */
export const SCORE_MEASURE = "zhipei:results:score";
