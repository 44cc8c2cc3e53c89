//! The first page: what the dataset holds, district by district, and one chart.

use leptos::prelude::*;

use super::overview_chart::OverviewChart;
use super::summary_table::SummaryTable;
use crate::data;
use crate::format::Locale;

#[component]
pub fn App() -> impl IntoView {
    match data::shipped() {
        Ok(dataset) => view! {
            <header class="masthead">
                <h1>{dataset.title.vi.clone()}</h1>
                <p class="subtitle" lang="en">{dataset.title.en.clone()}</p>
            </header>
            <p class="notes">{dataset.notes.vi.clone()}</p>
            <section aria-labelledby="overview-heading">
                <h2 id="overview-heading">"Số liệu và mô hình theo huyện"</h2>
                <OverviewChart dataset=dataset locale=Locale::Vi />
                <SummaryTable dataset=dataset />
            </section>
            <footer class="footer">
                {format!(
                    "Dữ liệu: {} số liệu, {} mô hình, từ {} bài báo · tổng hợp ngày {} · ",
                    dataset.figures.len(),
                    dataset.initiatives.len(),
                    dataset.reports.len(),
                    dataset.built,
                )}
                <a href="data/dataset.json" download="dataset.json">"Tải dữ liệu (JSON)"</a>
            </footer>
        }
        .into_any(),
        Err(error) => view! {
            <div class="load-error" role="alert">
                <h1>"Không đọc được dữ liệu / The dataset could not be read"</h1>
                <pre>{error.to_string()}</pre>
            </div>
        }
        .into_any(),
    }
}
