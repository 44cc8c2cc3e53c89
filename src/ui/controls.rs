//! The filters: metric (grouped), period, province, districts and years.
//! Each control only writes the state; the views read it.
//!
//! Every control element is created once and bound to the state through
//! properties (`prop:selected`, `prop:checked`), so a change never rebuilds
//! the element that has focus: a keyboard user keeps their place.

use leptos::prelude::*;

use super::context::{Ctx, static_disabled, static_only};
use crate::format::period_label;
use crate::i18n::fill;
use crate::query;
use crate::state::{PeriodChoice, ProvinceMode, View};
use crate::url::{provinces, year_span};

/// The primary controls (metric, period) and the secondary filters, as two blocks.
#[component]
pub fn Controls(
    /// Embedded: only the primary controls; the filters stay in the full explorer.
    #[prop(optional)]
    embedded: bool,
) -> impl IntoView {
    let ctx = Ctx::get();
    let view = Memo::new(move |_| ctx.state.with(|s| s.view));
    (
        view! {
            <div class="controls controls-primary">
                <Show when=move || matches!(view.get(), View::Compare | View::Trend | View::Table | View::Map)><MetricPicker /></Show>
                <Show when=move || matches!(view.get(), View::Compare | View::Map)><PeriodPicker /></Show>
            </div>
        },
        // On phones these follow the view (see style.css), so the chart is on the first screen.
        (!embedded).then(|| {
            view! {
                <div class="controls controls-secondary">
                    <ProvincePicker />
                    <Show when=move || view.get() != View::Sources><YearPicker /></Show>
                    <DistrictPicker />
                </div>
            }
        }),
    )
}

#[component]
fn MetricPicker() -> impl IntoView {
    let ctx = Ctx::get();
    let table = Memo::new(move |_| ctx.state.with(|s| s.view == View::Table));
    let current = Memo::new(move |_| {
        ctx.state
            .with(|s| {
                if s.view == View::Table {
                    s.metric.clone()
                } else {
                    query::chosen_metric(ctx.data, s).map(|m| m.id.clone())
                }
            })
            .unwrap_or_default()
    });
    let on_change = move |ev| {
        let id = event_target_value(&ev);
        ctx.set(|s| {
            s.metric = (!id.is_empty()).then_some(id);
            s.period = PeriodChoice::Latest;
        });
    };
    let options = move || {
        let locale = ctx.locale();
        let counts = query::reporting_counts(ctx.data, ctx.level.get());
        ctx.data
            .groups
            .iter()
            .map(|g| {
                let options = query::metrics_in_group(ctx.data, &g.id)
                    .map(|m| {
                        let n = counts.get(m.id.as_str()).copied().unwrap_or(0);
                        let id = m.id.clone();
                        view! { <option value=m.id.clone() selected=static_only(|| current.get_untracked() == id) prop:selected=move || current.get() == id>{format!("{} ({n})", m.label.get(locale))}</option> }
                    })
                    .collect_view();
                view! { <optgroup label=g.label.get(locale).to_string()>{options}</optgroup> }
            })
            .collect_view()
    };
    view! {
        <label class="field field-wide">
            <span>{move || ctx.t().metric}</span>
            <select id="metric" disabled=static_disabled() on:change=on_change>
                <Show when=move || table.get()>
                    <option value="" prop:selected=move || current.get().is_empty()>{move || ctx.t().all_metrics}</option>
                </Show>
                {options}
            </select>
        </label>
    }
}

#[component]
fn PeriodPicker() -> impl IntoView {
    let ctx = Ctx::get();
    let current = Memo::new(move |_| match ctx.state.with(|s| s.period.clone()) {
        PeriodChoice::Latest => String::new(),
        PeriodChoice::Exactly(key) => key,
    });
    // The periods of the chosen metric in scope, whatever period is chosen.
    let periods = Memo::new(move |_| {
        ctx.state.with(|s| {
            query::periods(ctx.data, s)
                .into_iter()
                .map(|(key, p)| (key, period_label(p)))
                .collect::<Vec<_>>()
        })
    });
    let on_change = move |ev| {
        let key = event_target_value(&ev);
        ctx.set(|s| {
            s.period = if key.is_empty() {
                PeriodChoice::Latest
            } else {
                PeriodChoice::Exactly(key)
            }
        });
    };
    view! {
        <label class="field">
            <span>{move || ctx.t().period}</span>
            <select id="period" disabled=static_disabled() on:change=on_change>
                <option value="" selected=static_only(|| current.get_untracked().is_empty()) prop:selected=move || current.get().is_empty()>{move || ctx.t().latest_per_district}</option>
                {move || {
                    periods
                        .get()
                        .into_iter()
                        .map(|(key, label)| {
                            let k = key.clone();
                            view! { <option value=key selected=static_only(|| current.get_untracked() == k) prop:selected=move || current.get() == k>{label}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}

#[component]
fn ProvincePicker() -> impl IntoView {
    let ctx = Ctx::get();
    let mode = Memo::new(move |_| ctx.state.with(|s| s.province_mode));
    let current = Memo::new(move |_| ctx.state.with(|s| s.province.clone()).unwrap_or_default());
    let on_mode = move |ev| {
        let mode = if event_target_value(&ev) == "2025" {
            ProvinceMode::Current
        } else {
            ProvinceMode::AtReport
        };
        ctx.set(|s| {
            s.province_mode = mode;
            s.province = None;
        });
    };
    let on_province = move |ev| {
        let name = event_target_value(&ev);
        ctx.set(|s| s.province = (!name.is_empty()).then_some(name));
    };
    // One question in two parts, each with its own label: which province, as of when.
    view! {
        <fieldset class="field-pair province-filter">
            <legend>{move || ctx.t().province_filter}</legend>
            <label class="field">
                <span>{move || ctx.t().province}</span>
                <select id="province" disabled=static_disabled() on:change=on_province>
                    <option value="" selected=static_only(|| current.get_untracked().is_empty()) prop:selected=move || current.get().is_empty()>{move || ctx.t().all_provinces}</option>
                    {move || {
                        provinces(ctx.data, mode.get())
                            .into_iter()
                            .map(|p| {
                                let name = p.to_string();
                                view! { <option value=p.to_string() selected=static_only(|| current.get_untracked() == name) prop:selected=move || current.get() == name>{crate::place_names::alone(p, ctx.locale())}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
            <label class="field">
                <span>{move || ctx.t().province_as_of}</span>
                <select id="province-mode" disabled=static_disabled() on:change=on_mode>
                    <option value="report" selected=static_only(|| mode.get_untracked() == ProvinceMode::AtReport)
                        prop:selected=move || mode.get() == ProvinceMode::AtReport>{move || ctx.t().province_at_report}</option>
                    <option value="2025" selected=static_only(|| mode.get_untracked() == ProvinceMode::Current)
                        prop:selected=move || mode.get() == ProvinceMode::Current>{move || ctx.t().province_current}</option>
                </select>
            </label>
        </fieldset>
    }
}

#[component]
fn YearPicker() -> impl IntoView {
    let ctx = Ctx::get();
    let (first, last) = year_span(ctx.data);
    let select = move |id: &'static str, is_from: bool| {
        let chosen = Memo::new(move |_| ctx.state.with(|s| if is_from { s.from } else { s.to }));
        let on_change = move |ev| {
            let year = event_target_value(&ev).parse::<u16>().ok();
            ctx.set(|s| {
                if is_from {
                    s.from = year
                } else {
                    s.to = year
                }
                // Keep the range the right way round: move the other end along.
                if let (Some(a), Some(b)) = (s.from, s.to)
                    && a > b
                {
                    if is_from {
                        s.to = Some(a)
                    } else {
                        s.from = Some(b)
                    }
                }
            });
        };
        let open_end = if is_from { first } else { last };
        let options = (first..=last)
            .map(|y| view! { <option value=y.to_string() selected=static_only(|| chosen.get_untracked() == Some(y)) prop:selected=move || chosen.get() == Some(y)>{y.to_string()}</option> })
            .collect_view();
        view! {
            <label class="field field-year">
                <span>{move || if is_from { ctx.t().year_from } else { ctx.t().year_to }}</span>
                <select id=id disabled=static_disabled() on:change=on_change>
                    <option value="" selected=static_only(|| chosen.get_untracked().is_none()) prop:selected=move || chosen.get().is_none()>
                        {move || fill(if is_from { ctx.t().year_from_open } else { ctx.t().year_to_open }, &[&open_end.to_string()])}
                    </option>
                    {options}
                </select>
            </label>
        }
    };
    view! {
        {select("year-from", true)}
        {select("year-to", false)}
    }
}

#[component]
fn DistrictPicker() -> impl IntoView {
    let ctx = Ctx::get();
    let chosen = Memo::new(move |_| ctx.state.with(|s| s.districts.clone()));
    let toggle = move |id: String, checked: bool| {
        ctx.set(|s| s.districts = query::toggle_district(ctx.data, &s.districts, &id, checked))
    };
    // Hundreds of districts: a filter, and at most SHOWN boxes at a time.
    const SHOWN: usize = 60;
    let many = ctx.data.districts.len() > crate::query::MAX_BARS;
    let filter = RwSignal::new(String::new());
    // Only what the views show: units of their level, in the chosen province.
    let place = Memo::new(move |_| ctx.state.with(|s| (s.province.clone(), s.province_mode)));
    let boxes = move || {
        let (province, mode) = place.get();
        let search = filter.get();
        crate::query::districts_offered(
            ctx.data,
            ctx.level.get(),
            province.as_deref(),
            mode,
            &search,
        )
        .take(if many { SHOWN } else { usize::MAX })
        .map(|d| {
            let (id, mine) = (d.id.clone(), d.id.clone());
            view! {
                <label class="check">
                    <input type="checkbox" name="district" value=d.id.clone() checked=static_only(|| chosen.with_untracked(|c| c.is_empty() || c.contains(&mine))) disabled=static_disabled()
                        prop:checked=move || chosen.with(|c| c.is_empty() || c.contains(&mine))
                        on:change=move |ev| toggle(id.clone(), event_target_checked(&ev)) />
                    {d.name.clone()}
                </label>
            }
        })
        .collect_view()
    };
    view! {
        <fieldset class="districts">
            <legend>{move || ctx.t().districts}</legend>
            {many.then(|| view! {
                <input type="search" class="district-filter" disabled=static_disabled() aria-label=move || ctx.t().find_district placeholder=move || ctx.t().find_district
                    prop:value=move || filter.get() on:input=move |ev| filter.set(event_target_value(&ev)) />
            })}
            {boxes}
            <button type="button" class="link-button" on:click=move |_| ctx.set(|s| s.districts.clear())
                disabled=move || chosen.with(Vec::is_empty)>{move || ctx.t().all_districts}</button>
        </fieldset>
    }
}
