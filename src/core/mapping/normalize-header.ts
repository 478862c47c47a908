/**
 * Header text reduced to what identifies a column, so 学员姓名 / "*学员 姓名：" /
 * "3、您的学员姓名" and 学时（小时） / 学时(小时) compare equal. The same
 * reduction is applied to field labels and aliases.
 */

/** Two comparable forms: `full` keeps bracketed units, `stem` drops them (学时(小时) → 学时). */
export interface HeaderKeys {
  full: string;
  stem: string;
}

const spaces = /\s+/g;
// 问卷星 numbers its questions "3、…"; a digit right after the mark would be a value such as 1.5.
const questionNumber = /^\d+[、.](?=\D)/;
// Survey questions ask "请填写您的姓名"; what is left names the column.
const politePrefix = /^(?:请(?:填写|输入|选择))?(?:[您你]的)?/;
const markers = /^[*※]+|[*※:?]+$/g;
const openBrackets = /[[【〔<《]/g;
const closeBrackets = /[\]】〕>》]/g;
const bracketed = /\([^()]*\)/g;

/** Normalises one header, label or alias. */
export function toHeaderKeys(text: string): HeaderKeys {
  // Full NFKC here, unlike cells: headers are few, and copied from PDFs they carry Kangxi radicals (⼈数).
  const full = text
    .normalize("NFKC")
    .replace(spaces, "")
    .toLowerCase()
    .replace(questionNumber, "")
    .replace(markers, "")
    .replace(politePrefix, "")
    .replace(openBrackets, "(")
    .replace(closeBrackets, ")");
  const stem = full.replace(bracketed, "");
  return { full, stem: stem === "" ? full : stem };
}
