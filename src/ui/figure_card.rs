//! One figure as a reader needs it: value, period, qualifier, the quoted
//! words and the article they come from (by its title: the file name is
//! for downloads and the open data). Used by tooltips and lists.

use leptos::prelude::*;

use super::context::Ctx;
use crate::data::Figure;
use crate::format;
use crate::format::period_label;
use crate::i18n;

/// "Nay thuộc: …" for the figure's district, when the places table knows it.
fn now_part_of(figure: &Figure, locale: format::Locale) -> Option<String> {
    let ctx = Ctx::get();
    let district = ctx.data.district(&figure.district)?;
    crate::now_part_of::successors(district).map(|units| crate::now_part_of::line(units, locale))
}

/// `places`: also say which 2025 units the district is now part of (the
/// chart's tooltip does; the Sources view says it once, above its list).
#[component]
pub fn FigureCard(figure: &'static Figure, #[prop(optional)] places: bool) -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let locale = ctx.locale();
        let t = ctx.t();
        let district = ctx
            .data
            .district(&figure.district)
            .map_or("", |d| d.name.as_str());
        let metric = ctx
            .data
            .metric(&figure.metric)
            .map_or("", |m| m.label.get(locale));
        let title = ctx
            .data
            .report(&figure.report)
            .map_or("", |r| r.title.as_str());
        let value = format::qualified(figure.value, figure.unit, figure.qualifier, locale);
        let fraction = match (figure.numerator, figure.denominator) {
            (Some(n), Some(d)) => format!(
                " ({}/{})",
                format::number(n, locale, 2),
                format::number(d, locale, 2)
            ),
            _ => String::new(),
        };
        let place = match &figure.commune {
            Some(c) => format!("{district} · {c} ({})", t.commune_level),
            None => district.to_string(),
        };
        view! {
            <div class="figure-card">
                <p class="figure-head">
                    <strong class="figure-value">{value}{fraction}</strong>
                    " · "
                    {period_label(&figure.period)}
                    <span class="basis">{format!(" ({})", i18n::basis(figure.period.basis, locale))}</span>
                </p>
                <p class="figure-what">{place}" — "{metric}{figure.topic.clone().map(|topic| format!(" · {topic}"))}</p>
                {places.then(|| now_part_of(figure, locale)).flatten().map(|line| view! { <p class="now-part-of">{line}</p> })}
                <blockquote class="figure-quote" lang="vi">{figure.evidence.clone()}</blockquote>
                <p class="figure-source">{format!("{}: {title}", t.source)}</p>
            </div>
        }
    }
}
