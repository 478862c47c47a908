/**
 * Confirming which column is which field: the header found, the field
 * proposed for each column and why, a few (masked) values to judge by, and
 * a select to change it. Required fields left out and fields chosen twice
 * are named, and block the next step.
 */
import type { TextEncodingName } from "../import/decode-text.ts";
import { toColumnLetter } from "../core/validation/column-letter.ts";
import type { ChoiceSource, ImportStore } from "./import-store.ts";
import { maskSample } from "./mask-sample.ts";

interface Props {
  store: ImportStore;
}

const sourceNames: Record<Exclude<ChoiceSource, null>, string> = {
  label: "与字段名一致",
  alias: "常见写法",
  partial: "列名包含字段名",
  content: "按内容识别",
  recalled: "沿用上次确认",
  chosen: "手动选择",
};

const encodings: { name: TextEncodingName; label: string }[] = [
  { name: "utf-8", label: "UTF-8" },
  { name: "gb18030", label: "GBK / GB18030（中文 Excel、WPS 常用）" },
  { name: "utf-16le", label: "UTF-16 LE" },
  { name: "utf-16be", label: "UTF-16 BE" },
];

/** The mapping step. */
export default function MappingTable({ store }: Props) {
  const layout = store.layout.value;
  const workbook = store.workbook.value;
  const template = store.template.value;
  if (!layout || !workbook) return null;
  const encoding = workbook.encoding;
  return (
    <div class="mapping">
      <p>
        文件「{workbook.fileName}」，工作表「{layout.sheetName}」。
      </p>
      {encoding && (
        <label class="workspace-inline">
          文字编码
          <select
            value={encoding.name}
            onChange={(event) => void store.changeEncoding(event.currentTarget.value as TextEncodingName)}
          >
            {encodings.map((e) => (
              <option key={e.name} value={e.name}>
                {e.label}
              </option>
            ))}
          </select>
          <span class="note">
            {encoding.source === "chosen"
              ? "（已手动选择）"
              : "（自动识别；如果下面的文字是乱码，请换一种编码）"}
          </span>
        </label>
      )}
      {!layout.header ? (
        <p role="alert">{layout.headerProblem}。请检查工作表，或选择其他文件。</p>
      ) : (
        <>
          <p>
            表头在第 {layout.header.headerRow + 1} 行
            {layout.header.headerRowCount === 2 ? "（两行表头）" : ""}，数据从第 {layout.header.dataStart + 1}{" "}
            行开始。
            {store.choices.value.some((c) => c.source === "recalled")
              ? "已沿用上次对相同表头确认的对应关系。"
              : ""}
          </p>
          {store.program.templates.length > 1 && (
            <label class="workspace-inline">
              表格内容
              <select
                value={store.templateId.value}
                onChange={(event) => store.chooseTemplate(event.currentTarget.value)}
              >
                {store.program.templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div class="table-scroll">
            <table class="wide">
              <caption>列与字段的对应关系（请核对后确认）</caption>
              <thead>
                <tr>
                  <th scope="col">列</th>
                  <th scope="col">表头</th>
                  <th scope="col">示例</th>
                  <th scope="col">对应字段</th>
                  <th scope="col">依据</th>
                </tr>
              </thead>
              <tbody>
                {store.choices.value.map((c, i) => {
                  const field = template?.fields.find((f) => f.key === c.fieldKey);
                  const letter = toColumnLetter(c.column);
                  return (
                    <tr key={c.column}>
                      <td>{letter}</td>
                      <th scope="row">{c.header || "（无表头）"}</th>
                      <td class="mapping-samples">
                        {layout.samples
                          .map((row) => maskSample(row[i] ?? "", field?.type))
                          .filter((v) => v !== "")
                          .slice(0, 3)
                          .join("、")}
                      </td>
                      <td>
                        <select
                          aria-label={`${letter} 列「${c.header}」对应的字段`}
                          value={c.fieldKey ?? ""}
                          onChange={(event) => store.chooseField(c.column, event.currentTarget.value || null)}
                        >
                          <option value="">（不导入）</option>
                          {template?.fields.map((f) => (
                            <option key={f.key} value={f.key}>
                              {f.label}
                              {f.required ? "（必填）" : ""}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>{c.source ? sourceNames[c.source] : ""}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {store.missing.value.length > 0 && (
            <p role="alert">缺少必填字段：{store.missing.value.join("、")}。请为它们各选一列。</p>
          )}
          {store.duplicates.value.length > 0 && (
            <p role="alert">
              这些字段对应了不止一列：{store.duplicates.value.join("、")}。每个字段只能选一列。
            </p>
          )}
        </>
      )}
      <div class="workspace-actions">
        <button type="button" disabled={!store.canConfirm.value} onClick={() => void store.confirmMapping()}>
          确认对应关系并检查数据
        </button>
        <button type="button" onClick={() => store.cancel()}>
          取消
        </button>
      </div>
    </div>
  );
}
