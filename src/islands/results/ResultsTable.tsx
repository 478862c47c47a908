/**
 * The results table: filters, search and the reveal box above a virtualised
 * `<table>` (only the rows in view are in the DOM, so 100,000 trainees
 * scroll like 100). Every cell is imported text rendered as text.
 */
import { useSignal } from "@preact/signals";
import { useLayoutEffect, useMemo, useRef } from "preact/hooks";
import { formatCount } from "../format-figures.ts";
import type { ResultColumn, ResultFilters } from "./results-view.ts";
import type { TableStore } from "./table-store.ts";

interface Props {
  table: TableStore;
}

/** Row height in px: fixed by results.css (`.results-table tbody tr`), so the scroll offset gives the row. */
const ROW_HEIGHT = 32;
/** Rows drawn beyond the view on each side, so a fast scroll shows no blank. */
const OVERSCAN = 10;
const VIEW_ROWS = 20;
/** Width of the 查看说明 column, in em. */
const BUTTON_WIDTH = 6;
/** Rows sampled to size the columns once, so widths do not change (and the table is not re-laid out) while scrolling. */
const WIDTH_SAMPLE = 200;

const filterLabels: { name: keyof ResultFilters; label: string }[] = [
  { name: "region", label: "地区" },
  { name: "cluster", label: "城市圈" },
  { name: "orgKind", label: "单位类型" },
  { name: "outcome", label: "结果" },
];

/** The filterable, sortable, virtualised results table. */
export default function ResultsTable({ table }: Props) {
  const scrollTop = useSignal(0);
  const frame = useRef(0);
  const columns = table.columns.value;
  const order = table.order.value;
  const choices = table.choices.value;
  const sort = table.sort.value;
  const first = Math.max(0, Math.floor(scrollTop.value / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(order.length, first + VIEW_ROWS + 2 * OVERSCAN);
  const rows = Array.from(order.subarray(first, last));
  const widths = useMemo(
    () => measureColumns(columns, Math.min(WIDTH_SAMPLE, table.ids.peek()?.length ?? 0)),
    [columns, table],
  );
  return (
    <div class="results">
      <div class="results-filters">
        {filterLabels.map(({ name, label }) => (
          <label key={name}>
            {label}
            <select
              value={table.filters.value[name]}
              onChange={(event) => table.setFilter(name, event.currentTarget.value)}
            >
              <option value="">全部</option>
              {(choices?.[name] ?? []).map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          搜索姓名或单位
          <input
            type="search"
            value={table.search.value}
            onInput={(event) => (table.search.value = event.currentTarget.value)}
          />
        </label>
        <label class="results-reveal">
          <input
            type="checkbox"
            checked={table.reveal.value}
            onChange={(event) => (table.reveal.value = event.currentTarget.checked)}
          />
          显示完整身份证号和手机号
        </label>
      </div>
      <p class="results-count" aria-live="polite">
        显示 {formatCount(order.length)} 人
      </p>
      <div
        class="results-scroll"
        onScroll={(event) => {
          const target = event.currentTarget;
          cancelAnimationFrame(frame.current);
          frame.current = requestAnimationFrame(() => (scrollTop.value = target.scrollTop));
        }}
      >
        <table class="results-table" aria-rowcount={order.length + 1}>
          <caption>成绩结果</caption>
          <ColumnWidths widths={[BUTTON_WIDTH, ...widths]} />
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">说明</th>
              {columns.map((c) => (
                <th key={c.id} scope="col" aria-sort={sort?.column === c.id ? sort.direction : undefined}>
                  <button type="button" onClick={() => table.toggleSort(c.id)}>
                    {c.label}
                    <span aria-hidden="true">
                      {sort?.column === c.id ? (sort.direction === "ascending" ? " ▲" : " ▼") : ""}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <Spacer height={first * ROW_HEIGHT} span={columns.length + 1} />
            {rows.map((i, k) => (
              <tr key={i} aria-rowindex={first + k + 2}>
                <td>
                  <button type="button" onClick={() => (table.openId.value = idOf(table, i))}>
                    查看说明
                  </button>
                </td>
                {columns.map((c) => (
                  <td key={c.id}>{c.text(i)}</td>
                ))}
              </tr>
            ))}
            <Spacer height={(order.length - last) * ROW_HEIGHT} span={columns.length + 1} />
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Each column's width in em: its header or its widest sampled cell, whichever is wider, within 3–16 em. */
function measureColumns(columns: readonly ResultColumn[], sample: number): number[] {
  return columns.map((c) => {
    let widest = textWidth(c.label) + 1.5;
    for (let i = 0; i < sample; i++) widest = Math.max(widest, textWidth(c.text(i)));
    return Math.min(16, Math.max(3, widest + 1.5));
  });
}

/** Rough width in em: CJK characters are one em, digits and Latin letters about 0.6. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.62;
  return w;
}

/** Fixed column widths, set through the CSSOM (the CSP forbids style markup), so the table uses fixed layout. */
function ColumnWidths({ widths }: { widths: number[] }) {
  const ref = useRef<HTMLTableColElement>(null);
  useLayoutEffect(() => {
    const group = ref.current?.parentElement;
    const table = group?.parentElement;
    if (!group || !table) return;
    [...group.children].forEach((col, k) => ((col as HTMLElement).style.width = `${widths[k] ?? 0}em`));
    table.style.width = `${widths.reduce((a, b) => a + b, 0)}em`;
  }, [widths]);
  return (
    <colgroup>
      {widths.map((_, k) => (
        <col key={k} ref={k === 0 ? ref : undefined} />
      ))}
    </colgroup>
  );
}

function idOf(table: TableStore, i: number): string | null {
  return table.ids.peek()?.[i] ?? null;
}

/** An empty row standing for the rows not drawn; its height is set through the CSSOM (the CSP forbids style markup). */
function Spacer({ height, span }: { height: number; span: number }) {
  const ref = useRef<HTMLTableRowElement>(null);
  useLayoutEffect(() => {
    if (ref.current !== null) ref.current.style.height = `${height}px`;
  }, [height]);
  return (
    <tr ref={ref} class="results-spacer" aria-hidden="true">
      <td colSpan={span} />
    </tr>
  );
}
