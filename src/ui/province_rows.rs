//! The rows of a table of provinces (see [`crate::rollup`]): each names its
//! province on a button that narrows the views to it, then how many units
//! it adds up and the sums of their counts.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::Ctx;
use crate::data::District;
use crate::format;
use crate::i18n::fill;
use crate::rollup::{self, Tally};
use crate::state::ProvinceMode;

/// "← All provinces", once the reader has picked one of many (see
/// [`crate::rollup::province_picked`]).
pub fn back_to_provinces() -> impl IntoView {
    let ctx = Ctx::get();
    ctx.state.with(|s| crate::rollup::province_picked(ctx.data, s)).then(|| {
        view! {
            <button type="button" class="link-button back-to-provinces" on:click=move |_| {
                let left = ctx.state.with(|s| s.province.clone()).unwrap_or_default();
                ctx.set(|s| s.province = None);
                // Back on the province just left, as a keyboard reader expects.
                focus_after_redraw(move || {
                    let rows = document().query_selector_all("tr[data-province]").ok()?;
                    (0..rows.length())
                        .filter_map(|i| rows.item(i)?.dyn_into::<web_sys::Element>().ok())
                        .find(|row| row.get_attribute("data-province").as_deref() == Some(left.as_str()))?
                        .query_selector("button")
                        .ok()?
                });
            }>
                {format!("← {}", ctx.t().all_provinces)}
            </button>
        }
    })
}

/// Focuses what `find` finds once the views have redrawn.
fn focus_after_redraw(find: impl FnOnce() -> Option<web_sys::Element> + 'static) {
    request_animation_frame(move || {
        if let Some(element) = find().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}

/// A table's per-unit `rows` added up by province: its first header cells
/// (province, how many units) and its body.
pub fn by_province(
    rows: &[(&'static District, Vec<usize>)],
    mode: ProvinceMode,
) -> (AnyView, AnyView) {
    let t = Ctx::get().t();
    let head = view! { <th scope="col">{t.col_province}</th><th scope="col" class="num">{t.col_units}</th> };
    (
        head.into_any(),
        province_rows(rollup::by_province(rows, mode)).into_any(),
    )
}

/// `tallies` as table rows; a sum of 0 is shown as "·", like a unit's.
fn province_rows(tallies: Vec<Tally<'static>>) -> impl IntoView {
    let ctx = Ctx::get();
    let t = ctx.t();
    let locale = ctx.locale();
    tallies
        .into_iter()
        .map(|tally| {
            let name = tally.province.to_string();
            let shown = crate::place_names::alone(&name, locale);
            let label = fill(t.see_province, &[&crate::place_names::in_phrase(&name, locale)]);
            let choose = {
                let name = name.clone();
                move |_| {
                    ctx.set(|s| s.province = Some(name.clone()));
                    // The button pressed is gone with its table: keep the
                    // keyboard reader's place on the way back.
                    focus_after_redraw(|| document().query_selector(".back-to-provinces").ok()?);
                }
            };
            let cells = tally
                .counts
                .iter()
                .map(|n| view! { <td class="num">{if *n == 0 { "·".to_string() } else { format::count(*n, locale) }}</td> })
                .collect_view();
            view! {
                <tr data-province=tally.province>
                    <th scope="row"><button type="button" class="cell province" aria-label=label on:click=choose>{shown}</button></th>
                    <td class="num units">{format::count(tally.units, locale)}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view()
}
