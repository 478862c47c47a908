/**
 * Colours and font for the charts, read from the page's own CSS variables so
 * the canvas matches the text around it; series colours from the Okabe–Ito
 * palette, told apart by people with colour-blindness.
 */

/** What a chart is drawn with. */
export interface ChartInk {
  text: string;
  muted: string;
  grid: string;
  marker: string;
  font: string;
  series: readonly string[];
}

const okabeIto = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"];

/** The ink of the page an element sits in. */
export function readInk(element: Element): ChartInk {
  const style = getComputedStyle(element);
  const variable = (name: string, fallback: string): string =>
    style.getPropertyValue(name).trim() || fallback;
  return {
    text: variable("--text", "#1b1f24"),
    muted: variable("--muted", "#4a5461"),
    grid: variable("--line", "#cfd6de"),
    marker: variable("--focus", "#c25e00"),
    font: style.fontFamily,
    series: okabeIto,
  };
}
