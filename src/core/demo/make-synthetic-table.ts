/**
 * A large cohort for benchmarks, built straight as the table scoring takes
 * (100,000 trainees well under a second): the demo's trainees and
 * scenarios without its matching, tie or selection steps. Every trainee
 * has an ID number, so every key is distinct.
 */
import type { Program } from "../program/program-schema.ts";
import type { TraineeTable } from "../scoring/trainee-table.ts";
import { createRandom } from "./create-random.ts";
import { applyScenarios, listScenarios } from "./demo-scenarios.ts";
import { drawTrainees } from "./draw-trainees.ts";

/**
 * `n` synthetic trainees of `program` as a TraineeTable shaped like the
 * import's (tabulateMatchedTrainees): ids are trainee keys (`id:` + ID
 * number), and `measures` holds every field of the program's trainee
 * sheets, so a benchmark can also write them out as a sheet.
 */
export function makeSyntheticTable(program: Program, n: number, seed = 1): TraineeTable {
  const random = createRandom(seed);
  const templates = program.templates.filter(
    (t) => t.recordKind === "trainee" || t.recordKind === "registration",
  );
  const year = Number(program.period.start.slice(0, 4));
  const drawn = drawTrainees(program, program.rules, templates, n, random, { year, gaps: false });
  applyScenarios(
    drawn,
    listScenarios(program.rules, drawn.fields, drawn.plan.scaled, random),
    random.shuffle(n),
    random,
  );
  const { columns, people } = drawn;
  const strings = (key: string): (string | null)[] | undefined =>
    columns.get(key)?.map((v) => (v === null ? null : String(v)));
  const region = strings("region");
  const cluster =
    strings("cluster") ?? (region === undefined ? undefined : people.map((p) => p.place.cluster));
  return {
    ids: people.map((p) => `id:${p.idNumber ?? ""}`),
    region,
    cluster,
    county: strings("county"),
    orgKind: strings("orgKind"),
    category: strings("category"),
    year: columns.get("year")?.map((v) => (typeof v === "number" ? v : null)),
    measures: Object.fromEntries(columns),
  };
}
