// The benchmark's comparison page (tests/bench/lighthouse.mjs): the explorer's
// default chart (compare view, poverty rate, latest per district) drawn by
// Chart.js. Its two figures are the shipped dataset's, as the explorer shows them.
new Chart(document.getElementById("chart"), {
  type: "bar",
  data: {
    labels: ["Thoại Sơn", "Mỹ Xuyên"],
    datasets: [{ data: [1.32, 1.17], backgroundColor: ["#007356", "#005a8c"] }],
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
