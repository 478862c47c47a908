/**
 * Every way importing a file can fail (reading it, or storing it), each with the Chinese message a person
 * sees: what is wrong, naming the file (and sheet), and what to do about it.
 * Plain data, so failures cross the worker boundary unchanged.
 */
import { MAX_COLUMNS, MAX_FILE_BYTES, MAX_INFLATED_BYTES, MAX_ROWS } from "./import-limits.ts";

/** What each failure needs to say besides the file name. */
interface FailureDetails {
  "empty-file": object;
  "unsupported-type": { extension: string };
  "file-too-large": { bytes: number };
  "text-not-workbook": { extension: string };
  "not-a-workbook": { extension: string };
  "not-text": object;
  corrupted: object;
  encrypted: object;
  "inflated-too-large": { bytes: number };
  "suspicious-compression": { ratio: number };
  "no-data": object;
  "unknown-sheet": { sheetName: string };
  "sheet-missing": { sheetName: string };
  "sheet-empty": { sheetName: string };
  "too-many-rows": { sheetName: string };
  "too-many-columns": { sheetName: string; columns: number };
  "worker-failed": object;
  "not-saved": { reason: string };
}

/** A failure's kind, for code that branches on it. */
export type ReadFailureCode = keyof FailureDetails;

/** A failure as shown to a person and sent between worker and page. */
export interface ReadFailure {
  code: ReadFailureCode;
  message: string;
}

const resave = "请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。";

function formatCount(count: number): string {
  return count.toLocaleString("zh-CN");
}

// Rounded up to 0.1 MB, so a size just over a limit never prints as the limit itself.
function formatMegabytes(bytes: number): string {
  return `${formatCount(Math.ceil((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

const messages: { [C in ReadFailureCode]: (file: string, details: FailureDetails[C]) => string } = {
  "empty-file": (file) => `文件「${file}」是空的（0 字节），请确认选对了文件。`,
  "unsupported-type": (file, { extension }) =>
    `不能导入「${file}」：不支持${extension ? ` .${extension} ` : "没有扩展名的"}文件。请导入 Excel（.xlsx、.xls）、WPS（.et）、OpenDocument（.ods）或 CSV 文件。`,
  "file-too-large": (file, { bytes }) =>
    `文件「${file}」有 ${formatMegabytes(bytes)}，超过 ${formatMegabytes(MAX_FILE_BYTES)} 的上限。请删去无关的工作表，或拆成几个文件后分别导入。`,
  "text-not-workbook": (file, { extension }) =>
    `文件「${file}」的扩展名是 .${extension}，内容却是纯文本，不是表格文件。如果它是 CSV，请把扩展名改成 .csv 再导入；否则请确认选对了文件。`,
  "not-a-workbook": (file, { extension }) =>
    `文件「${file}」不是 .${extension} 表格文件（可能是改了扩展名的其他文件），无法读取。请确认选对了文件。`,
  "not-text": (file) => `文件「${file}」不是文本文件，无法按 CSV 读取。请确认选对了文件。`,
  corrupted: (file) => `文件「${file}」已损坏，无法读取。${resave}`,
  encrypted: (file) =>
    `文件「${file}」设有打开密码，无法读取。请在 Excel 或 WPS 中取消密码（或另存一份不加密的副本）后再导入。`,
  "inflated-too-large": (file, { bytes }) =>
    `文件「${file}」解压后有 ${formatMegabytes(bytes)}，超过 ${formatMegabytes(MAX_INFLATED_BYTES)} 的上限，已拒绝读取。请删去无关的工作表和格式，或拆成几个文件后分别导入。`,
  "suspicious-compression": (file, { ratio }) =>
    `文件「${file}」的压缩比异常（约 ${formatCount(Math.round(ratio))} 倍），不像正常的表格文件，已拒绝读取。${resave}`,
  "no-data": (file) => `文件「${file}」里没有任何数据。请确认选对了文件。`,
  "unknown-sheet": (file, { sheetName }) => `文件「${file}」中没有名为「${sheetName}」的工作表。`,
  "sheet-missing": (file, { sheetName }) =>
    `文件「${file}」中工作表「${sheetName}」的内容缺失或无法读取，文件可能已损坏。${resave}`,
  "sheet-empty": (file, { sheetName }) => `文件「${file}」的工作表「${sheetName}」是空的。`,
  "too-many-rows": (file, { sheetName }) =>
    `文件「${file}」的工作表「${sheetName}」超过 ${formatCount(MAX_ROWS)} 行的上限。请拆成几个文件后分别导入。`,
  "too-many-columns": (file, { sheetName, columns }) =>
    `文件「${file}」的工作表「${sheetName}」有 ${formatCount(columns)} 列，超过 ${formatCount(MAX_COLUMNS)} 列的上限。请只保留需要的列后再导入。`,
  "worker-failed": (file) =>
    `读取文件「${file}」时出错，可能是文件太大、内存不足。请关闭其他标签页后重试，或把文件拆小后再导入。`,
  // The reason already names the file where it matters (a re-import) and says what to do (a full disk).
  "not-saved": (_file, { reason }) => reason,
};

/** The failure of the given kind for a file, with its message. */
export function describeReadFailure<C extends ReadFailureCode>(
  code: C,
  fileName: string,
  details: FailureDetails[C],
): ReadFailure {
  return { code, message: messages[code](fileName, details) };
}

/** Thrown by the reader and by the import client; `failure` is what to show. */
export class WorkbookReadError extends Error {
  readonly failure: ReadFailure;
  constructor(failure: ReadFailure, options?: ErrorOptions) {
    super(failure.message, options);
    this.name = "WorkbookReadError";
    this.failure = failure;
  }
}

/** Builds the error for a failure of the given kind. */
export function createReadError<C extends ReadFailureCode>(
  code: C,
  fileName: string,
  details: FailureDetails[C],
  options?: ErrorOptions,
): WorkbookReadError {
  return new WorkbookReadError(describeReadFailure(code, fileName, details), options);
}
