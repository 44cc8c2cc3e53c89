// The benchmark's comparison page (tests/bench/lighthouse.mjs): the explorer's
// default chart (compare view, poverty rate, latest per district) drawn by
// Chart.js. Its figures are the shipped dataset's, as the explorer shows them
// (latest per district). Its select, like the explorer's metric list, redraws
// the chart: the tap benchmark (tests/bench/tap.mjs) changes it.
const METRICS = {
  poverty_rate: { labels: ["Thoại Sơn", "Mỹ Xuyên"], data: [1.32, 1.17], max: 2 },
  study_participation_rate: { labels: ["Thoại Sơn"], data: [99.34], max: 100 },
};
const chart = new Chart(document.getElementById("chart"), {
  type: "bar",
  data: {
    labels: METRICS.poverty_rate.labels,
    datasets: [{ data: METRICS.poverty_rate.data, backgroundColor: ["#007356", "#005a8c"] }],
  },
  options: {
    indexAxis: "y",
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { display: false } },
    scales: { x: { beginAtZero: true, max: 2 } },
  },
});
performance.mark("first-chart");
// On screen at the next frame: what the benchmark compares with the explorer.
requestAnimationFrame(() => setTimeout(() => performance.mark("chart-on-screen"), 0));
document.getElementById("metric").addEventListener("change", (event) => {
  const m = METRICS[event.target.value];
  chart.data.labels = m.labels;
  chart.data.datasets[0].data = m.data;
  chart.options.scales.x.max = m.max;
  chart.update();
  performance.mark("chart-drawn");
});
