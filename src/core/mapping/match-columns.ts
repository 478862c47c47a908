/**
 * Proposes a field for every column of a sheet, for a person to confirm:
 * by header first, then by content for columns whose header names nothing
 * known. A name match outranks a containment or content match for the same
 * field; two columns left claiming one field are reported as duplicates.
 */
import type { Field } from "../fields/field-schema.ts";
import { detectColumnContent } from "./detect-column-content.ts";
import { buildHeaderIndex, matchHeader, type MatchReason } from "./match-header.ts";
import { isQuestionnaireExport } from "./questionnaire-export.ts";
import type { Row } from "./row-cells.ts";

/** One column's proposed field; `fieldKey` null when nothing fits. */
export interface ColumnMatch {
  /** Column index in the sheet. */
  column: number;
  header: string;
  fieldKey: string | null;
  reason: MatchReason | null;
  /** 1 for the label itself, down to 0.6 for containment; 0 when unmatched. */
  confidence: number;
}

/** The whole proposal for a sheet. */
export interface ColumnMapping {
  columns: ColumnMatch[];
  /** Fields that two or more equally good columns claim. */
  duplicates: { fieldKey: string; columns: number[] }[];
  /** Required fields no column supplies. */
  missing: string[];
  /** The sheet is a 问卷星 export. */
  questionnaire: boolean;
}

// A content match is worth less than the header that would have named it.
const contentWeight = 0.8;
const strength: Record<MatchReason, number> = { label: 2, alias: 2, partial: 1, content: 1 };
const unmatched = { fieldKey: null, reason: null, confidence: 0 } as const;

/** Matches columns (`index`, `header` as found by findHeader) to fields, using sample data rows for content. */
export function matchColumns(
  columns: readonly { index: number; header: string }[],
  fields: readonly Field[],
  samples: readonly Row[],
): ColumnMapping {
  const index = buildHeaderIndex(fields);
  const matches: ColumnMatch[] = columns.map(({ index: column, header }) => {
    const m = matchHeader(header, index);
    return {
      column,
      header,
      fieldKey: m?.fieldKey ?? null,
      reason: m?.reason ?? null,
      confidence: m?.confidence ?? 0,
    };
  });
  const named = new Set(
    matches.filter((m) => m.reason === "label" || m.reason === "alias").map((m) => m.fieldKey),
  );
  for (const m of matches) {
    if (m.fieldKey !== null) continue;
    const content = detectColumnContent(samples.map((row) => row[m.column]));
    const field = content && fields.find((f) => f.type === content.type && !named.has(f.key));
    if (content && field)
      Object.assign(m, { fieldKey: field.key, reason: "content", confidence: contentWeight * content.share });
  }
  const duplicates = dropWeakerClaims(matches);
  const mapped = new Set(matches.map((m) => m.fieldKey));
  return {
    columns: matches,
    duplicates,
    missing: fields.filter((f) => f.required && !mapped.has(f.key)).map((f) => f.key),
    questionnaire: isQuestionnaireExport(columns.map((c) => c.header)),
  };
}

// Unmaps columns outdone by a stronger claim on the same field; returns the claims still shared.
function dropWeakerClaims(matches: ColumnMatch[]): ColumnMapping["duplicates"] {
  const byField = new Map<string, ColumnMatch[]>();
  for (const m of matches)
    if (m.fieldKey !== null) byField.set(m.fieldKey, [...(byField.get(m.fieldKey) ?? []), m]);
  const duplicates: ColumnMapping["duplicates"] = [];
  for (const [fieldKey, claims] of byField) {
    const best = Math.max(...claims.map(strengthOf));
    for (const m of claims) if (strengthOf(m) < best) Object.assign(m, unmatched);
    const kept = claims.filter((m) => m.fieldKey !== null);
    if (kept.length > 1) duplicates.push({ fieldKey, columns: kept.map((m) => m.column) });
  }
  return duplicates;
}

function strengthOf(m: ColumnMatch): number {
  return m.reason === null ? 0 : strength[m.reason];
}
