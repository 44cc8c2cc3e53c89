//! Downloads of what a chart shows: the chart as PNG (at twice its size) and
//! SVG, drawn by the same plotters code with the attribution underneath, and
//! its figures as CSV and JSON.

use leptos::prelude::*;
use plotters::prelude::*;
use wasm_bindgen::JsCast;

use super::canvas_backend::MeasuredCanvas;
use super::context::{Ctx, static_disabled};
use super::download;
use super::later::Part;
use crate::chart::export::{self, AnyChart};
use crate::data::{Dataset, Figure, Report, figures_csv, figures_json};
use crate::i18n;
use leptos::wasm_split::SplitLoaderError;

#[component]
pub fn DownloadBar(
    #[prop(into)] chart: Signal<Option<AnyChart>>,
    #[prop(into)] name: Signal<String>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let figures = move || -> Vec<&'static Figure> {
        chart
            .with(|c| c.as_ref().map(AnyChart::figures).unwrap_or_default())
            .iter()
            .filter_map(|id| ctx.data.figures.iter().find(|f| f.id == *id))
            .collect()
    };
    let attribution = move || {
        let figures = figures();
        let reports: Vec<&Report> = ctx
            .data
            .reports
            .iter()
            .filter(|r| figures.iter().any(|f| f.report == r.file))
            .collect();
        i18n::attribution(ctx.data, &reports, ctx.locale())
    };
    // The files are made by code that arrives after the app (`later`).
    let save = move |extension: &'static str| {
        let job = Job {
            extension,
            chart: chart.get_untracked(),
            attribution: attribution(),
            name: name.get_untracked(),
            figures: figures(),
            data: ctx.data,
        };
        let unavailable = ctx.t().view_unavailable;
        leptos::task::spawn_local(async move {
            match make_and_save(job).await {
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
    pub static SAVING: Part = Part::new(|| Box::pin(fetch_saving()));
}

/// One download: what it is made of, taken when the reader asked.
pub struct Job {
    extension: &'static str,
    chart: Option<AnyChart>,
    attribution: Vec<String>,
    name: String,
    figures: Vec<&'static Figure>,
    data: &'static Dataset,
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
    let file = |kind: &str, text: String| {
        download::save(&format!("{}.{}", job.name, job.extension), kind, &text)
    };
    let done = match (job.extension, &job.chart) {
        ("svg", Some(c)) => file("image/svg+xml", export::svg(c, &job.attribution)),
        ("png", Some(c)) => png(c, &job.attribution, &job.name),
        ("csv", _) => file(
            "text/csv;charset=utf-8",
            format!("\u{feff}{}", figures_csv(job.data, job.figures)),
        ),
        ("json", _) => file("application/json", figures_json(job.data, job.figures)),
        _ => Ok(()),
    };
    done.map_err(SaveError::Failed)
}

/// Draws the chart at twice its export size on a canvas of its own and saves it.
fn png(chart: &AnyChart, attribution: &[String], name: &str) -> Result<(), String> {
    const SCALE: f64 = 2.0;
    let (width, height) = chart.export_size(attribution.len());
    let canvas = document()
        .create_element("canvas")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into::<web_sys::HtmlCanvasElement>();
    canvas.set_width((f64::from(width) * SCALE) as u32);
    canvas.set_height((f64::from(height) * SCALE) as u32);
    let backend = MeasuredCanvas::new(canvas.clone()).ok_or("no 2D canvas")?;
    let area = backend.into_drawing_area();
    export::draw_with_attribution(chart, &area, SCALE, attribution).map_err(|e| e.to_string())?;
    let url = canvas
        .to_data_url_with_type("image/png")
        .map_err(|e| format!("{e:?}"))?;
    download::save_url(&format!("{name}.png"), &url)
}
