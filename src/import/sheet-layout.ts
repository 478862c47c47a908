/**
 * What the person confirms before a sheet is imported: where its header is,
 * which field each column seems to hold (for every template the program
 * offers) and a few values per column to judge by. Computed in the worker
 * from the sheet's first rows; the rows themselves stay there.
 */
import type { Cell } from "../core/cells/cell.ts";
import type { Field, RecordKind } from "../core/fields/field-schema.ts";
import { findHeader, type HeaderLayout, type MergedRange } from "../core/mapping/find-header.ts";
import { matchColumns, type ColumnMapping } from "../core/mapping/match-columns.ts";
import { toHeaderKeys } from "../core/mapping/normalize-header.ts";
import { isEmptyRow, readCellText } from "../core/mapping/row-cells.ts";

/** One sheet kind a program reads (学员名单, 培训情况统计表), as the worker needs it. */
export interface TemplateFields {
  id: string;
  recordKind: RecordKind;
  fields: Field[];
}

/** A template's proposal for the sheet's columns. */
export interface TemplateProposal {
  templateId: string;
  mapping: ColumnMapping;
}

/** The header and proposals for one sheet; `header` is null (with `headerProblem`) when none was found. */
export interface SheetLayout {
  sheetName: string;
  header: HeaderLayout | null;
  headerProblem?: string;
  /** Normalised header of each kept column, for recalling the mapping confirmed for the same headers. */
  headerKeys: string[];
  proposals: TemplateProposal[];
  /** The template whose proposal leaves the fewest required fields unmatched, then matches the most columns. */
  suggestedTemplateId: string;
  /** The first data rows as text, one entry per kept column. */
  samples: string[][];
}

/** Rows read to find the header and judge columns by content: the header window plus enough data. */
export const INSPECTED_ROWS = 250;

const shownSamples = 5;

/** Finds the header in the sheet's first rows and proposes fields for each template. */
export function inspectSheet(
  sheetName: string,
  firstRows: readonly (readonly Cell[])[],
  merges: readonly MergedRange[],
  templates: readonly TemplateFields[],
): SheetLayout {
  const found = findHeader(firstRows, merges);
  const fallback = templates[0]?.id ?? "";
  if (!found.ok)
    return {
      sheetName,
      header: null,
      headerProblem: found.message,
      headerKeys: [],
      proposals: [],
      suggestedTemplateId: fallback,
      samples: [],
    };
  const header = found.value;
  const dataRows = firstRows.slice(header.dataStart).filter((row) => !isEmptyRow(row));
  const proposals = templates.map((t) => ({
    templateId: t.id,
    mapping: matchColumns(header.columns, t.fields, dataRows),
  }));
  return {
    sheetName,
    header,
    headerKeys: header.columns.map((c) => toHeaderKeys(c.header).full),
    proposals,
    suggestedTemplateId: suggestTemplate(proposals) ?? fallback,
    samples: dataRows.slice(0, shownSamples).map((row) => header.columns.map((c) => showCell(row[c.index]))),
  };
}

function suggestTemplate(proposals: readonly TemplateProposal[]): string | undefined {
  const score = (p: TemplateProposal) =>
    p.mapping.missing.length * 1000 - p.mapping.columns.filter((c) => c.fieldKey !== null).length;
  return [...proposals].sort((a, b) => score(a) - score(b))[0]?.templateId;
}

// Error cells show their code (#N/A): an empty sample would hide the very thing to fix.
function showCell(cell: Cell | undefined): string {
  return cell?.kind === "error" ? cell.code : readCellText(cell);
}
