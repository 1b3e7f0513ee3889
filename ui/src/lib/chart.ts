// Chart.js with only what the board's bar charts use, so the rest is left out of the bundle.
// Loaded on first use (BarChart.svelte imports this module dynamically).
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
