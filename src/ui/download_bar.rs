//! Downloads of what a chart shows: the chart as PNG (at twice its size) and
//! SVG, drawn by the same plotters code with the attribution underneath, and
//! its figures as CSV and JSON.

use super::context::{Ctx, static_disabled};
use super::download;
use super::later::Part;
use crate::chart::export::{self, AnyChart};
use crate::data::{Dataset, Figure, Report, figures_csv, figures_json};
use crate::format::Locale;
use crate::i18n;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

#[component]
pub fn DownloadBar(
    #[prop(into)] chart: Signal<Option<AnyChart>>,
    #[prop(into)] name: Signal<String>,
) -> impl IntoView {
    let ctx = Ctx::get();
    // The files are made by code that arrives after the app (`later`), and
    // so is what goes in them: the figures and their attribution.
    let save = move |extension: &'static str| {
        let job = Job {
            extension,
            chart: chart.get_untracked(),
            name: name.get_untracked(),
            data: ctx.data,
            locale: ctx.locale(),
        };
        let unavailable = ctx.t().view_unavailable;
        leptos::task::spawn_local(async move {
            let saved = if writes_both_languages(extension) && !super::english::ready().await {
                Err(SaveError::Unavailable)
            } else {
                make_and_save(job).await
            };
            match saved {
                Ok(()) => {}
                Err(SaveError::Unavailable) => super::fatal::show(unavailable),
                Err(SaveError::Failed(e)) => super::fatal::show(&format!("{extension}: {e}")),
            }
        });
    };
    let png = move |_| save("png");
    let svg = move |_| save("svg");
    let csv = move |_| save("csv");
    let json = move |_| save("json");
    view! {
        <div class="download-bar" role="group" aria-label=move || ctx.t().download>
            <span class="label">{move || ctx.t().download}": "</span>
            <button type="button" class="button small" data-format="png" disabled=static_disabled() on:click=png>{move || ctx.t().download_png}</button>
            <button type="button" class="button small" data-format="svg" disabled=static_disabled() on:click=svg>{move || ctx.t().download_svg}</button>
            <button type="button" class="button small" data-format="csv" disabled=static_disabled() on:click=csv>{move || ctx.t().download_csv_short}</button>
            <button type="button" class="button small" data-format="json" disabled=static_disabled() on:click=json>{move || ctx.t().download_json_short}</button>
        </div>
    }
}

thread_local! {
    pub static SAVING: Part = Part::new(&[|| Box::pin(fetch_saving())]);
}

/// Whether a file of this kind writes both languages (a figure's metric and
/// notes in Vietnamese and English), whatever the page's: it then waits for
/// English, which travels apart (`english`).
pub fn writes_both_languages(extension: &str) -> bool {
    matches!(extension, "csv" | "json")
}

/// One download: what it is made of, taken when the reader asked.
pub struct Job {
    extension: &'static str,
    chart: Option<AnyChart>,
    name: String,
    data: &'static Dataset,
    locale: Locale,
}

impl Job {
    /// The figures the chart shows, in its order.
    fn figures(&self) -> Vec<&'static Figure> {
        let data = self.data;
        self.chart
            .as_ref()
            .map(AnyChart::figures)
            .unwrap_or_default()
            .iter()
            .filter_map(|id| data.figures.iter().find(|f| f.id == *id))
            .collect()
    }

    /// The lines under an exported chart: its sources and the dataset.
    fn attribution(&self, figures: &[&Figure]) -> Vec<String> {
        let reports: Vec<&Report> = self
            .data
            .reports
            .iter()
            .filter(|r| figures.iter().any(|f| f.report == r.file))
            .collect();
        let mut lines = i18n::attribution(self.data, &reports, self.locale);
        lines.extend(
            self.chart
                .as_ref()
                .and_then(AnyChart::credit)
                .map(String::from),
        );
        lines
    }
}

pub enum SaveError {
    Unavailable,
    Failed(String),
}

impl From<SplitLoaderError> for SaveError {
    fn from(_: SplitLoaderError) -> Self {
        SaveError::Unavailable
    }
}

/// Makes the file `job` asks for and offers it for download.
#[leptos::wasm_split::wasm_split(
    saving,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_saving)
)]
fn make_and_save(job: Job) -> Result<(), SaveError> {
    let figures = job.figures();
    let attribution = job.attribution(&figures);
    let file = |kind: &str, text: String| {
        download::save(&format!("{}.{}", job.name, job.extension), kind, &text)
    };
    let done = match (job.extension, &job.chart) {
        ("svg", Some(c)) => file("image/svg+xml", export::svg(c, &attribution)),
        ("png", Some(c)) => png(c, &attribution, &job.name),
        ("csv", _) => file(
            "text/csv;charset=utf-8",
            format!("\u{feff}{}", figures_csv(job.data, figures)),
        ),
        ("json", _) => file("application/json", figures_json(job.data, figures)),
        _ => Ok(()),
    };
    done.map_err(SaveError::Failed)
}

/// Draws the chart at twice its export size on a canvas of its own and saves it.
fn png(chart: &AnyChart, attribution: &[String], name: &str) -> Result<(), String> {
    let url = match chart {
        AnyChart::Apart(apart) => apart.0.png(attribution)?,
        _ => download::png_url(chart.export_size(attribution.len()), |area| {
            export::draw_with_attribution(chart, area, download::PNG_SCALE, attribution)
                .map_err(|e| e.to_string())
        })?,
    };
    download::save_url(&format!("{name}.png"), &url)
}
