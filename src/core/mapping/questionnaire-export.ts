/** 问卷星 (wjx.cn) exports: six fixed columns first, then one "N、question" column per question. */
import { toHeaderKeys } from "./normalize-header.ts";

/** The columns 问卷星 puts before the questions, normalised. */
export const questionnaireMetaHeaders: ReadonlySet<string> = new Set(
  ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"].map((h) => toHeaderKeys(h).full),
);

/** Whether the headers carry at least four of the six 问卷星 columns. */
export function isQuestionnaireExport(headers: readonly string[]): boolean {
  return headers.filter((h) => isQuestionnaireMeta(h)).length >= 4;
}

/** Whether a header is one of 问卷星's own columns (序号, 提交答卷时间, 来自IP…). */
export function isQuestionnaireMeta(header: string): boolean {
  return questionnaireMetaHeaders.has(toHeaderKeys(header).full);
}
