/**
 * The parts of Chart.js the charts draw with, registered once: bars, a
 * category and a linear axis, legend and tooltip. Imported by name so the
 * bundler leaves out the line, pie, radar and time-scale code.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
