//! Bản đồ / Map: where the figures are. Its code and Vietnam's shapes come
//! in a part of their own (`map`), fetched when a reader opens the view:
//! the first tap does not pay for them.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::chart_frame::{ChartFrame, Frame, Parts};
use super::context::Ctx;
use super::later::{Part, Unavailable};
use crate::chart::export::{self, AnyChart, Apart, DrawnApart};
use crate::chart::map::{self, MapChart};
use crate::chart::map_words::words;
use crate::map::Shapes;
use crate::map::shapes::TEXT;
use crate::query;

thread_local! {
    pub(crate) static MAP: Part = Part::new(&[|| Box::pin(fetch_map_view())]);
}

/// The shapes, read once a visit.
fn shapes() -> Option<&'static Shapes> {
    static SHAPES: OnceLock<Option<Shapes>> = OnceLock::new();
    SHAPES.get_or_init(|| Shapes::read(TEXT).ok()).as_ref()
}

#[leptos::wasm_split::wasm_split(
    map,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_map_view)
)]
pub(crate) fn map_view() -> Result<AnyView, Unavailable> {
    Ok(view! { <MapView /> }.into_any())
}

#[component]
fn MapView() -> impl IntoView {
    let ctx = Ctx::get();
    let model = Memo::new(move |_| {
        let state = ctx.state.get();
        let chosen = query::chosen(ctx.data, &state)?;
        let chart = map::spec(&chosen, shapes()?, state.province_mode, state.lang);
        let (t, w) = (ctx.t(), words(state.lang));
        let provinces = !chart.pointers;
        let own = chosen.level == crate::data::Level::Province;
        let frame = Frame {
            title: chart.title.clone(),
            headline: chart.headline.clone(),
            not_reported: if provinces {
                Vec::new()
            } else {
                chosen.not_reported.iter().map(|d| d.name.clone()).collect()
            },
            only: None,
            head: [
                if provinces {
                    t.col_province
                } else {
                    t.col_district
                },
                if provinces && !own {
                    w.basis
                } else {
                    t.col_period
                },
                t.col_value,
            ],
            rows: chart.rows.clone(),
            numeric: [false, false, true],
        };
        Some((chart, frame))
    });
    let parts = Parts::of(model, MapChart::label);
    let chart = parts.chart;
    let said = move |f: fn(&MapChart) -> String| move || chart.with(|c| c.as_ref().map(f));
    view! {
        <ChartFrame frame=parts.frame chart=Signal::derive(move || chart.get().map(|c| AnyChart::Apart(Apart(Arc::new(c))))) name=parts.name>
            <ChartCanvas
                height=move |width| chart.with(|c| c.as_ref().map_or(320.0, |c| c.height(width)))
                draw=move |area, scale| chart.with(|c| c.as_ref().and_then(|c| crate::chart::map_draw::draw(c, area, scale).ok()))
                label=parts.label
            />
            {move || chart.with(|c| c.as_ref().filter(|c| !c.missing.is_empty()).map(|c| view! {
                <p class="not-reported map-missing">
                    <span class="label">{format!("{}: ", words(c.locale).no_data_listed)}</span>
                    {c.missing.join(", ")}
                </p>
            }))}
            <p class="chart-note">{said(|c| format!("{} {}", c.note, c.credit))}</p>
        </ChartFrame>
    }
}

/// The map's downloads, drawn by its own code in its own part.
impl DrawnApart for MapChart {
    fn height(&self, width: f64) -> f64 {
        MapChart::height(self, width)
    }

    fn title(&self) -> &str {
        &self.title
    }

    fn figures(&self) -> Vec<String> {
        self.marks.iter().filter_map(|m| m.figure.clone()).collect()
    }

    fn credit(&self) -> &str {
        &self.credit
    }

    fn svg(&self, attribution: &[String]) -> String {
        crate::chart::map_draw::svg(self, attribution)
    }

    fn png(&self, attribution: &[String]) -> Result<String, String> {
        let scale = super::download::PNG_SCALE;
        super::download::png_url(self.export_size(attribution.len()), |root| {
            export::framed(&self.title, root, scale, attribution, |area| {
                crate::chart::map_draw::draw(self, area, scale).map(|_| ())
            })
            .map_err(|e| e.to_string())
        })
    }
}
