//! Bảng / Table: the filtered figures, sortable by any column, each with its
//! period, qualifier, source and quote; the CSV holds exactly these rows.

use leptos::prelude::*;

use super::context::Ctx;
use super::download;
use super::more_rows::{FirstFrame, MoreRows, page_size};
use crate::data::{figures_csv, figures_json};
use crate::format;
use crate::format::period_label;
use crate::i18n;
use crate::query;
use crate::state::{Column, Sort};

#[component]
pub fn TableView() -> impl IntoView {
    let ctx = Ctx::get();
    // Every row the filters keep: what the downloads hold; the table shows
    // the first `shown` of them.
    let rows = Memo::new(move |_| ctx.state.with(|s| query::table(ctx.data, s, s.lang)));
    let shown = page_size();
    let parts = FirstFrame::screenful();
    let header = move |column: Column, name: &'static str, numeric: bool| {
        let sort = move || ctx.state.with(|s| s.sort.filter(|s| s.column == column));
        let aria = move || match sort() {
            Some(Sort {
                descending: true, ..
            }) => "descending",
            Some(_) => "ascending",
            None => "none",
        };
        let arrow = move || match sort() {
            Some(Sort {
                descending: true, ..
            }) => " ▼",
            Some(_) => " ▲",
            None => "",
        };
        let toggle = move |_| {
            ctx.set(|s| {
                s.sort = Some(Sort {
                    column,
                    descending: s.sort.is_some_and(|x| x.column == column && !x.descending),
                });
            })
        };
        view! {
            <th scope="col" aria-sort=aria class:num=numeric>
                <button type="button" class="sort" on:click=toggle data-column=column.code()>{name}{arrow}</button>
            </th>
        }
    };
    // Both write the figures in both languages: English first (`english`).
    let save = move |file: &'static str| {
        let unavailable = ctx.t().view_unavailable;
        leptos::task::spawn_local(async move {
            if !super::english::ready().await {
                super::fatal::show(unavailable);
                return;
            }
            let (kind, text) = if file.ends_with(".csv") {
                let csv = rows.with_untracked(|rows| figures_csv(ctx.data, rows.iter().copied()));
                ("text/csv;charset=utf-8", format!("\u{feff}{csv}"))
            } else {
                let json = rows.with_untracked(|rows| figures_json(ctx.data, rows.iter().copied()));
                ("application/json", json)
            };
            if let Err(e) = download::save(file, kind, &text) {
                super::fatal::show(&format!("{file}: {e}"));
            }
        });
    };
    let download_csv = move |_| save("so-lieu.csv");
    let download_json = move |_| save("so-lieu.json");
    view! {
        <div class="table-view">
            <div class="table-tools">
                <p class="count">{move || crate::i18n::fill_counted(ctx.t().figures_count, &[], rows.with(Vec::len), ctx.locale())}</p>
                <div class="download-bar"><button type="button" class="button" on:click=download_csv>{move || ctx.t().download_csv}</button>
                    <button type="button" class="button" data-format="json" on:click=download_json>{move || ctx.t().download_json_short}</button>
                </div>
            </div>
            {move || {
                let t = ctx.t();
                let locale = ctx.locale();
                let row = move |f: &crate::data::Figure| {
                    let district = ctx.data.district(&f.district);
                    let now = district.and_then(crate::now_part_of::successors).map(|units| crate::now_part_of::short(units, locale));
                    let district = district.map_or(String::new(), |d| d.name.clone());
                    let metric = ctx.data.metric(&f.metric).map_or(String::new(), |m| m.label.get(locale).to_string());
                    let title = ctx.data.report(&f.report).map_or(String::new(), |r| r.title.clone());
                    let about = [f.commune.clone().map(|c| format!("{c} ({})", t.commune_level)), f.topic.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
                    view! {
                        <tr data-figure=f.id.clone()>
                            <th scope="row">{district}{now.map(|n| view! { <span class="now-part-of">{n}</span> })}</th>
                            <td data-label=t.col_metric>{metric}<span class="about">{about}</span></td>
                            <td data-label=t.col_value class="num">{format::qualified(f.value, f.unit, f.qualifier, locale)}</td>
                            <td data-label=t.col_period>{period_label(&f.period)}<span class="basis">{format!(" ({})", i18n::basis(f.period.basis, locale))}</span></td>
                            <td data-label=t.col_source><span class="report-title">{title}</span></td>
                            <td data-label=t.col_quote><span class="quote" lang="vi">{f.evidence.clone()}</span></td>
                        </tr>
                    }
                };
                let first = rows.with(|rows| parts.first(rows.iter(), shown.get()).map(|f| row(f)).collect_view());
                let rest = move || rows.with(|rows| parts.rest(rows.iter(), shown.get()).map(|later| later.map(|f| row(f)).collect_view()));
                view! {
                    <div class="table-wrap">
                        <table class="figures">
                            <thead>
                                <tr>
                                    {header(Column::District, t.col_district, false)}
                                    {header(Column::Metric, t.col_metric, false)}
                                    {header(Column::Value, t.col_value, true)}
                                    {header(Column::Period, t.col_period, false)}
                                    {header(Column::Report, t.col_source, false)}
                                    <th scope="col">{t.col_quote}</th>
                                </tr>
                            </thead>
                            <tbody>{first}</tbody>
                            // Built after the tap's frame: on a phone these skip layout until scrolled to (style.css).
                            <tbody class="later">{rest}</tbody>
                        </table>
                    </div>
                }
            }}
            <MoreRows shown total=Signal::derive(move || rows.with(Vec::len)) />
        </div>
    }
}
