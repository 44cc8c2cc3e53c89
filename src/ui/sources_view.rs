//! Nguồn / Sources: each report with its by-line, the period it covers and how
//! that was read, its figures with their quotes, and its disagreements.

use leptos::prelude::*;

use std::sync::Arc;

use super::context::Ctx;
use super::data_panel::DataPanel;
use super::figure_card::FigureCard;
use super::more_rows::{FirstFrame, MoreRows, page_size};
use crate::data::Report;
use crate::format::period_label;
use crate::i18n;
use crate::query;

#[component]
pub fn SourcesView() -> impl IntoView {
    let ctx = Ctx::get();
    // A hundred reports at a time: the whole country has 3,321, with 16
    // figures each.
    let shown = page_size();
    let in_scope = Memo::new(move |_| ctx.state.with(|s| query::reports_in_scope(ctx.data, s)));
    let figures_of = Arc::new(query::figures_by_report(ctx.data));
    let reports = move |part: Vec<&'static Report>| {
        let locale = ctx.locale();
        let t = ctx.t();
        let figures_of = figures_of.clone();
        part.into_iter()
            .map(move |report| {
                let district = ctx.data.district(&report.district);
                let figures = figures_of.get(report.file.as_str()).cloned().unwrap_or_default();
                let disagreements: Vec<_> = ctx.data.disagreements.iter().filter(|d| d.report == report.file).collect();
                let meta = [
                    report.byline.as_ref().map(|b| (t.byline, b.clone())),
                    // "Ảnh: MỸ LINH" as printed, under the label "Ảnh", not "Ảnh: Ảnh: …".
                    report.credit.as_ref().map(|c| (t.photo_credit, c.strip_prefix("Ảnh:").unwrap_or(c).trim().to_string())),
                    report.outlet.as_ref().map(|o| (t.outlet, o.clone())),
                ];
                view! {
                    <article class="source" data-report=report.file.clone()>
                        <h2 lang="vi">{report.title.clone()}</h2>
                        {district.map(|d| view! {
                            <p class="source-district">{crate::place_names::unit_heading(d, locale)}</p>
                            {(d.province.basis == crate::data::Basis::Inferred).then(|| view! {
                                <p class="province-note">{d.province.note.get(locale).to_string()}</p>
                            })}
                            {Some(d.province_2025.note.get(locale)).filter(|n| !n.is_empty()).map(|merger| view! {
                                <p class="province-note">{merger.to_string()}</p>
                            })}
                        })}
                        {district.and_then(crate::now_part_of::successors).map(|units| view! {
                            <p class="now-part-of">{crate::now_part_of::line(units, locale)}</p>
                            <p class="places-source">{i18n::fill(t.places_source, &[crate::now_part_of::SOURCE])}</p>
                        })}
                        <dl class="source-meta">
                            {meta.into_iter().flatten().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                            {report.url.clone().map(|u| view! { <dt>{t.link}</dt><dd><a href=u.clone() rel="noopener noreferrer" target="_blank">{u.clone()}</a></dd> })}
                            <dt>{t.report_period}</dt>
                            <dd>
                                {format!("{} ({})", period_label(&report.period), i18n::basis(report.period.basis, locale))}
                                {report.period.note.as_ref().map(|n| view! { <span class="period-note">{format!(" {}", n.get(locale))}</span> })}
                            </dd>
                        </dl>
                        <h3>{t.report_figures}</h3>
                        {if figures.is_empty() {
                            view! { <p>{t.no_figures}</p> }.into_any()
                        } else {
                            view! { <ul class="figure-list">{figures.into_iter().map(|f| view! { <li><FigureCard figure=f /></li> }).collect_view()}</ul> }.into_any()
                        }}
                        <h3>{t.disagreements}</h3>
                        {if disagreements.is_empty() {
                            view! { <p>{t.no_disagreements}</p> }.into_any()
                        } else {
                            view! { <ul class="disagreements">{disagreements.into_iter().map(|d| view! { <li data-disagreement=d.id.clone()>{d.note.get(locale).to_string()}</li> }).collect_view()}</ul> }.into_any()
                        }}
                    </article>
                }
            })
            .collect_view()
    };
    // A tap builds the first report, more than a screen holds (each has its
    // figures and their quotes), and the others after its frame: all five
    // took a phone 4x slower than a laptop 350 ms to build.
    let parts = FirstFrame::of(1);
    let first = {
        let reports = reports.clone();
        move || reports(in_scope.with(|r| parts.first(r.iter().copied(), shown.get()).collect()))
    };
    let rest = move || {
        in_scope
            .with(|r| {
                parts
                    .rest(r.iter().copied(), shown.get())
                    .map(Iterator::collect)
            })
            .map(&reports)
    };
    view! {
        {first}
        {rest}
        <MoreRows shown total=Signal::derive(move || in_scope.with(Vec::len)) />
        <DataPanel />
    }
}
