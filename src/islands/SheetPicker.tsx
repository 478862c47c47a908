/** Choosing which sheet of a workbook to import; hidden sheets and sheets that cannot be read are marked. */
import { formatCount } from "./format-figures.ts";
import type { ImportStore } from "./import-store.ts";

interface Props {
  store: ImportStore;
}

/** One button per sheet. */
export default function SheetPicker({ store }: Props) {
  const workbook = store.workbook.value;
  if (!workbook) return null;
  return (
    <div class="sheet-picker">
      <p>
        「{workbook.fileName}」有 {workbook.sheets.length} 个工作表，请选择要导入的一个：
      </p>
      <ul>
        {workbook.sheets.map((s) => (
          <li key={s.name}>
            <button
              type="button"
              disabled={s.problem !== undefined}
              onClick={() => void store.chooseSheet(s.name)}
            >
              {s.name}
            </button>{" "}
            {s.hidden && <span class="badge">隐藏</span>}{" "}
            {s.problem ? (
              <span class="note">{s.problem.message}</span>
            ) : (
              <span class="note">
                {formatCount(s.rowCount)} 行 × {formatCount(s.columnCount)} 列
              </span>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => store.cancel()}>
        取消
      </button>
    </div>
  );
}
