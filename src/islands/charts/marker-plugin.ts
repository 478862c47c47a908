/**
 * A line across the category axis with its label (the pass mark on the
 * histogram of totals): a few lines of canvas drawing instead of the
 * annotation plugin.
 */
import type { Plugin } from "chart.js";
import type { ChartMarker } from "../../core/charts/chart-data.ts";
import type { ChartInk } from "./chart-ink.ts";

/** A plugin drawing `marker` after the bars, dashed, labelled toward the roomier side. */
export function createMarkerPlugin(marker: ChartMarker, ink: ChartInk): Plugin<"bar"> {
  return {
    id: "marker",
    afterDatasetsDraw(chart) {
      const horizontal = chart.options.indexAxis === "y";
      const scale = horizontal ? chart.scales.y : chart.scales.x;
      if (scale === undefined) return;
      const { ctx, chartArea: area } = chart;
      // A category axis puts label k at k; the edge before slot p is half a slot earlier.
      const at = scale.getPixelForValue(marker.position - 0.5);
      ctx.save();
      ctx.strokeStyle = ink.marker;
      ctx.fillStyle = ink.marker;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      if (horizontal) {
        ctx.moveTo(area.left, at);
        ctx.lineTo(area.right, at);
      } else {
        ctx.moveTo(at, area.top);
        ctx.lineTo(at, area.bottom);
      }
      ctx.stroke();
      ctx.font = `12px ${ink.font}`;
      ctx.textBaseline = "top";
      if (horizontal) {
        ctx.textAlign = "right";
        ctx.fillText(marker.label, area.right - 4, at + 4);
      } else {
        const leftHalf = at < (area.left + area.right) / 2;
        ctx.textAlign = leftHalf ? "left" : "right";
        ctx.fillText(marker.label, at + (leftHalf ? 6 : -6), area.top + 2);
      }
      ctx.restore();
    },
  };
}
