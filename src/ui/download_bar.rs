//! Downloads of what a chart shows: the chart as PNG (at twice its size) and
//! SVG, drawn by the same plotters code with the attribution underneath, and
//! its figures as CSV and JSON.

use leptos::prelude::*;
use plotters::prelude::*;
use wasm_bindgen::JsCast;

use super::canvas_backend::MeasuredCanvas;
use super::context::{Ctx, static_disabled};
use super::download;
use crate::chart::export::{self, AnyChart};
use crate::data::{Figure, Report, figures_csv, figures_json};
use crate::i18n;

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
    let save = move |extension: &str, kind: &str, text: String| {
        if let Err(e) = download::save(
            &format!("{}.{extension}", name.get_untracked()),
            kind,
            &text,
        ) {
            super::fatal::show(&format!("{extension}: {e}"));
        }
    };
    let svg = move |_| {
        if let Some(c) = chart.get_untracked() {
            save("svg", "image/svg+xml", export::svg(&c, &attribution()));
        }
    };
    let png = move |_| {
        if let Some(c) = chart.get_untracked()
            && let Err(e) = png(&c, &attribution(), &name.get_untracked())
        {
            super::fatal::show(&format!("PNG: {e}"));
        }
    };
    let csv = move |_| {
        save(
            "csv",
            "text/csv;charset=utf-8",
            format!("\u{feff}{}", figures_csv(ctx.data, figures())),
        )
    };
    let json = move |_| {
        save(
            "json",
            "application/json",
            figures_json(ctx.data, figures()),
        )
    };
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
