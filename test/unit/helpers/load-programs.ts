/** The program entries for tests: the same reader the command line uses (scripts/load-program.ts). */
export { loadProgram, loadPrograms, programsDir, type ProgramEntry } from "../../../scripts/load-program.ts";
