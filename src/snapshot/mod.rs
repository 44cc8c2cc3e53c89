//! The default view as static HTML, written into `index.html` at build time
//! (`src/bin/bake.rs`), so a reader sees the first chart before any script
//! has arrived, and readers without WebAssembly, crawlers and link previews
//! see it at all.
//!
//! Nothing here computes a figure or a word of its own: every string comes
//! from `i18n`, every number from `query`, `chart` and `format`, the chart from
//! `chart::compare::draw`, the same calls the app makes. The markup mirrors
//! the app's components (`ui/app.rs` and the views it mounts) element for
//! element and class for class, so the app takes over with no visible jump; a
//! browser test compares the two.

pub mod bake;
pub mod compress;
pub mod handover;
pub mod html;
pub mod places_index;
pub mod preview;
pub mod scripts;
pub mod svg;

use crate::chart::compare;
use crate::data::Dataset;
use crate::format::Locale;
use crate::format::period_label;
use crate::i18n::{self, fill, names_or_count, strings, view_name};
use crate::query;
use crate::state::{ProvinceMode, State, View};
use crate::url;
use html::esc;

/// The widths (CSS px) the chart is drawn at; `style.css` shows the widest
/// that fits its box (container queries), so text is drawn at its size.
pub const CHART_WIDTHS: [u32; 5] = [296, 366, 476, 608, 812];

/// The static page: what goes inside `<main id="app">`.
pub fn page(data: &Dataset) -> String {
    let state = State::default();
    let locale = state.lang;
    let t = strings(locale);
    let mut out = String::with_capacity(32 * 1024);
    out.push_str(&format!("<div id=\"{}\">", handover::ROOT_ID));
    out.push_str(&masthead(data, locale, Some("lang-switch")));
    out.push_str(&tabs(data, &state));
    out.push_str("<div class=\"explore\">");
    out.push_str(&controls(data, &state));
    out.push_str("<section class=\"view\" id=\"view\" data-view=\"compare\">");
    out.push_str(&compare_view(data, &state));
    out.push_str("</section></div>");
    out.push_str(&format!(
        "<div class=\"share-tools\"><button type=\"button\" class=\"button\" id=\"copy-link\" disabled>{}</button>\
         <button type=\"button\" class=\"button\" id=\"embed-open\" disabled>{}</button>\
         <span class=\"status\" role=\"status\"></span></div>",
        esc(t.copy_link),
        esc(t.embed)
    ));
    out.push_str(&format!(
        "<footer class=\"footer\">{} · <a href=\"data/dataset.json\" download=\"dataset.json\">{}</a></footer>",
        esc(&crate::i18n::footer(data, locale)),
        esc(t.download_json)
    ));
    // Filled by boot.js when a reader's choice waits for the app; a live
    // region from the start, so the words are announced when they arrive.
    out.push_str(&format!(
        "<p class=\"{}\" role=\"status\" data-text=\"{}\"></p>",
        handover::LOADING_LINE,
        esc(t.loading_app)
    ));
    out.push_str("</div>");
    out.push_str(&loading_frame(data));
    out
}

/// The title, subtitle, place search and language buttons, as `ui/app.rs`
/// draws them; the language button gets `id` and the place button its own
/// (the static page's; the loading frame's have none).
fn masthead(data: &Dataset, locale: Locale, id: Option<&str>) -> String {
    let t = strings(locale);
    let switch = {
        let place = if id.is_some() {
            " id=\"place-search-open\""
        } else {
            ""
        };
        let id = id.map(|id| format!(" id=\"{id}\"")).unwrap_or_default();
        format!(
            "<div class=\"masthead-tools\"><button type=\"button\" class=\"button place-open\"{place} disabled>{}</button>\
             <button type=\"button\" class=\"button lang-switch\"{id} aria-label=\"{}\" lang=\"{}\" disabled>{}</button></div>",
            esc(t.place_open),
            esc(t.language_switch_label),
            if locale == Locale::Vi { "en" } else { "vi" },
            esc(t.language_switch)
        )
    };
    format!(
        "<header class=\"masthead\" lang=\"{}\"><div class=\"masthead-text\"><h1>{}</h1><p class=\"subtitle\">{}</p></div>{switch}</header>",
        locale.code(),
        esc(data.title.get(locale)),
        esc(data.notes.get(locale))
    )
}

/// Shown only when the app cannot run (`style.css`): says so, and gives each
/// figure of the chart with its quote and report, so the numbers stay traceable.
fn needs_newer_browser(data: &Dataset, state: &State) -> String {
    let mut out = String::from("<div class=\"needs-wasm\" role=\"note\">");
    for locale in [Locale::Vi, Locale::En] {
        let t = strings(locale);
        out.push_str(&format!(
            "<p lang=\"{}\">{} <span class=\"link-lost\">{}</span></p>",
            locale.code(),
            esc(t.needs_newer_browser),
            esc(t.link_needs_newer_browser)
        ));
    }
    if let Some(c) = query::compare(data, state) {
        out.push_str("<ul class=\"snapshot-sources\">");
        for (district, figure) in &c.rows {
            let report = data.reports.iter().find(|r| r.file == figure.report);
            out.push_str(&format!(
                "<li>{}: {} ({}) · “{}” · {}</li>",
                esc(&district.name),
                esc(&crate::format::qualified(
                    figure.value,
                    figure.unit,
                    figure.qualifier,
                    Locale::Vi
                )),
                esc(&period_label(&figure.period)),
                esc(&figure.evidence),
                esc(&report.map_or(figure.report.clone(), |r| {
                    format!("{} ({})", r.title, r.file)
                }))
            ));
        }
        out.push_str("</ul>");
    }
    out.push_str("</div>");
    out
}

/// The view tabs, links to each view's own URL (`ui/tabs.rs`).
fn tabs(data: &Dataset, state: &State) -> String {
    let locale = state.lang;
    let mut out = format!(
        "<nav class=\"tabs\" aria-label=\"{}\">",
        esc(strings(locale).views_label)
    );
    for v in View::ALL {
        let q = url::encode(
            &State {
                view: v,
                ..state.clone()
            },
            data,
        );
        let href = if q.is_empty() {
            "./".to_string()
        } else {
            format!("?{q}")
        };
        let current = v == state.view;
        out.push_str(&format!(
            "<a class=\"tab{}\" href=\"{}\" data-view=\"{}\"{}>{}</a>",
            if current { " active" } else { "" },
            esc(&href),
            v.code(),
            if current {
                " aria-current=\"page\""
            } else {
                ""
            },
            esc(view_name(v, locale))
        ));
    }
    out.push_str("</nav>");
    out
}

/// The filters in their default state (`ui/controls.rs`), disabled in the
/// HTML (readers without scripts cannot use them); `boot.js` enables them
/// and hands what a reader chooses to the app.
fn controls(data: &Dataset, state: &State) -> String {
    let locale = state.lang;
    let t = strings(locale);
    let chosen = query::chosen_metric(data, state).map(|m| m.id.clone());
    let mut metric_options = String::new();
    let counts = query::reporting_counts(data, query::level_in_view(data, state));
    for g in &data.groups {
        metric_options.push_str(&format!(
            "<optgroup label=\"{}\">",
            esc(g.label.get(locale))
        ));
        for m in data.metrics.iter().filter(|m| m.group == g.id) {
            let n = counts.get(m.id.as_str()).copied().unwrap_or(0);
            metric_options.push_str(&format!(
                "<option value=\"{}\"{}>{}</option>",
                esc(&m.id),
                selected(chosen.as_deref() == Some(m.id.as_str())),
                esc(&format!("{} ({n})", m.label.get(locale)))
            ));
        }
        metric_options.push_str("</optgroup>");
    }
    let mut periods = format!(
        "<option value=\"\" selected>{}</option>",
        esc(t.latest_per_district)
    );
    for (key, p) in query::periods(data, state) {
        periods.push_str(&format!(
            "<option value=\"{}\">{}</option>",
            esc(&key),
            esc(&period_label(p))
        ));
    }
    let mut provinces = format!(
        "<option value=\"\" selected>{}</option>",
        esc(t.all_provinces)
    );
    for p in url::provinces(data, ProvinceMode::AtReport) {
        provinces.push_str(&format!("<option value=\"{0}\">{0}</option>", esc(p)));
    }
    let (first, last) = url::year_span(data);
    let year = |id: &str, label: &str, open: &str, open_end: u16| {
        let mut options = format!(
            "<option value=\"\" selected>{}</option>",
            esc(&fill(open, &[&open_end.to_string()]))
        );
        for y in first..=last {
            options.push_str(&format!("<option value=\"{y}\">{y}</option>"));
        }
        format!(
            "<label class=\"field field-year\"><span>{}</span><select id=\"{id}\" disabled>{options}</select></label>",
            esc(label)
        )
    };
    let mut districts = String::new();
    for d in &data.districts {
        districts.push_str(&format!(
            "<label class=\"check\"><input type=\"checkbox\" name=\"district\" value=\"{}\" checked disabled>{}</label>",
            esc(&d.id),
            esc(&d.name)
        ));
    }
    format!(
        "<div class=\"controls controls-primary\">\
           <label class=\"field field-wide\"><span>{metric}</span><select id=\"metric\" disabled>{metric_options}</select></label>\
           <label class=\"field\"><span>{period}</span><select id=\"period\" disabled>{periods}</select></label>\
         </div>\
         <div class=\"controls controls-secondary\">\
           <fieldset class=\"field-pair province-filter\"><legend>{filter}</legend>\
             <label class=\"field\"><span>{province}</span><select id=\"province\" disabled>{provinces}</select></label>\
             <label class=\"field\"><span>{as_of}</span><select id=\"province-mode\" disabled>\
               <option value=\"report\" selected>{at_report}</option><option value=\"2025\">{current}</option></select></label>\
           </fieldset>\
           {from}{to}\
           <fieldset class=\"districts\"><legend>{district_legend}</legend>{districts}\
             <button type=\"button\" class=\"link-button\" disabled>{all_districts}</button></fieldset>\
         </div>",
        metric = esc(t.metric),
        period = esc(t.period),
        filter = esc(t.province_filter),
        province = esc(t.province),
        as_of = esc(t.province_as_of),
        at_report = esc(t.province_at_report),
        current = esc(t.province_current),
        from = year("year-from", t.year_from, t.year_from_open, first),
        to = year("year-to", t.year_to, t.year_to_open, last),
        district_legend = esc(t.districts),
        all_districts = esc(t.all_districts),
    )
}

fn selected(yes: bool) -> &'static str {
    if yes { " selected" } else { "" }
}

/// The compare view (`ui/compare_view.rs` in `ui/chart_frame.rs`), its chart
/// drawn at each of [`CHART_WIDTHS`].
fn compare_view(data: &Dataset, state: &State) -> String {
    let locale = state.lang;
    let Some(c) = query::compare(data, state) else {
        return String::new();
    };
    let t = i18n::strings_at(locale, c.level);
    let chart = compare::spec(&c, data, locale);
    let height = chart.height().max(crate::chart::MIN_HEIGHT).round() as u32;
    let label = chart.label();
    // Each drawing is an <img> of SVG, not inline SVG: the app replaces the
    // page's text with its own when it starts, and the browser would count
    // that repainted text as the page's largest paint, seconds late; the chart
    // image is larger than any text block and is never repainted, so the
    // largest paint is the one the reader saw first.
    let mut svgs = String::new();
    for width in CHART_WIDTHS {
        let attributes = format!(
            "width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\""
        );
        if let Some(svg) = svg::draw(width, height, &attributes, |root| {
            compare::draw(&chart, root, 1.0).is_ok()
        }) {
            svgs.push_str(&format!(
                "<img class=\"chart-snapshot w{width}\" width=\"{width}\" height=\"{height}\" alt=\"{}\" src=\"{}\">",
                esc(&label),
                esc(&svg::data_url(&svg))
            ));
        }
    }
    let only = c
        .only_reporter()
        .map(|name| {
            format!(
                "<p class=\"only-one\">{}</p>",
                esc(&fill(t.only_one_reports, &[name]))
            )
        })
        .unwrap_or_default();
    let downloads = [
        ("png", t.download_png),
        ("svg", t.download_svg),
        ("csv", t.download_csv_short),
        ("json", t.download_json_short),
    ]
    .iter()
    .map(|(format, label)| {
        format!(
            "<button type=\"button\" class=\"button small\" data-format=\"{format}\" disabled>{}</button>",
            esc(label)
        )
    })
    .collect::<String>();
    let not_reported: Vec<&str> = c.not_reported.iter().map(|d| d.name.as_str()).collect();
    let not_reported = if not_reported.is_empty() {
        String::new()
    } else {
        format!(
            "<p class=\"not-reported\"><span class=\"label\">{}</span>{}</p>",
            esc(&format!("{}: ", t.not_reported)),
            esc(&names_or_count(&not_reported, locale, c.level))
        )
    };
    let rows = chart
        .bars
        .iter()
        .map(|b| {
            format!(
                "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td>{}</td></tr>",
                esc(&b.district),
                esc(&b.value_label),
                esc(&b.period_label)
            )
        })
        .collect::<String>();
    format!(
        "<div class=\"chart-layout\"><div class=\"chart-main\">\
           <h2 class=\"chart-title\">{title}</h2>{only}\
           <div class=\"chart-box snapshot-box\">{svgs}</div>\
           <p class=\"chart-summary\">{headline}</p>{needs}\
           <div class=\"download-bar\" role=\"group\" aria-label=\"{download}\"><span class=\"label\">{download}: </span>{downloads}</div>\
           {not_reported}\
           <details class=\"data-table\"><summary>{table}</summary><table>\
             <thead><tr><th scope=\"col\">{c1}</th><th scope=\"col\" class=\"num\">{c2}</th><th scope=\"col\">{c3}</th></tr></thead>\
             <tbody>{rows}</tbody></table></details>\
         </div>{info}</div>",
        title = esc(&chart.title),
        headline = esc(&chart.headline),
        download = esc(t.download),
        table = esc(t.chart_data_table),
        c1 = esc(t.col_district),
        c2 = esc(t.col_value),
        c3 = esc(t.col_period),
        info = metric_info(c.metric, locale),
        // Under the chart, so that when it shows (the app could not start)
        // the chart the reader is looking at does not move.
        needs = needs_newer_browser(data, state),
    )
}

/// The metric's definition beside the chart (`ui/metric_info.rs`).
fn metric_info(metric: &crate::data::Metric, locale: Locale) -> String {
    let t = strings(locale);
    let comparability = metric
        .comparability
        .as_ref()
        .map(|note| {
            format!(
                "<p class=\"comparability\"><span class=\"label\">{}: </span>{}</p>",
                esc(t.comparability),
                esc(note.get(locale))
            )
        })
        .unwrap_or_default();
    format!(
        "<aside class=\"metric-info\"><h3>{}</h3><p><span class=\"label\">{}: </span>{}</p>{comparability}</aside>",
        esc(metric.label.get(locale)),
        esc(t.definition),
        esc(metric.definition.get(locale))
    )
}

/// What a link to any other state shows until the app has drawn it: the
/// page's frame in the link's language (`boot.js` picks it), a line saying
/// what is loading, and the space the view will take. Never the default view.
fn loading_frame(data: &Dataset) -> String {
    let mut out = String::from("<div class=\"loading-frame\" aria-busy=\"true\">");
    for locale in [Locale::Vi, Locale::En] {
        out.push_str(&masthead(data, locale, None));
    }
    out.push_str("<p class=\"loading-line\" role=\"status\">");
    for locale in [Locale::Vi, Locale::En] {
        out.push_str(&format!(
            "<span lang=\"{}\">{}</span>",
            locale.code(),
            esc(strings(locale).loading_app)
        ));
    }
    out.push_str("</p><div class=\"loading-space\"></div></div>");
    out
}

/// The `<head>` additions: link-preview tags for chat apps and social sites.
/// `site` is the explorer's absolute address, when the build was given one;
/// without it the image is named relative to the page.
pub fn head(data: &Dataset, site: Option<&str>, image: &str) -> String {
    let locale = Locale::Vi;
    let t = strings(locale);
    let description = default_description(data);
    let image_url = match site {
        Some(base) => format!("{}/{image}", base.trim_end_matches('/')),
        None => image.to_string(),
    };
    let mut out = String::new();
    let mut meta = |attr: &str, key: &str, value: &str| {
        out.push_str(&format!(
            "<meta {attr}=\"{key}\" content=\"{}\">",
            esc(value)
        ));
    };
    meta("property", "og:type", "website");
    meta("property", "og:site_name", t.app_name);
    meta("property", "og:title", t.app_name);
    meta("property", "og:description", &description);
    meta("property", "og:locale", "vi_VN");
    meta("property", "og:locale:alternate", "en_US");
    meta("property", "og:image", &image_url);
    meta("property", "og:image:type", "image/png");
    meta("property", "og:image:width", "1200");
    meta("property", "og:image:height", "630");
    meta("property", "og:image:alt", &description);
    if let Some(base) = site {
        meta("property", "og:url", base);
    }
    meta("name", "twitter:card", "summary_large_image");
    meta("name", "twitter:title", t.app_name);
    meta("name", "twitter:description", &description);
    meta("name", "twitter:image", &image_url);
    meta("name", "twitter:image:alt", &description);
    out
}

/// The default chart in one sentence: its title and summary.
pub fn default_description(data: &Dataset) -> String {
    let state = State::default();
    match query::compare(data, &state) {
        Some(c) => {
            let chart = compare::spec(&c, data, state.lang);
            chart.label()
        }
        None => i18n::strings(state.lang).app_name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::CHART_WIDTHS;

    /// `style.css` shows the widest drawing that fits its box: its container
    /// queries must switch at exactly the widths the chart is drawn at.
    #[test]
    fn the_stylesheet_switches_at_the_widths_drawn() {
        let css = include_str!("../../public/style.css");
        let rules: Vec<&str> = css
            .lines()
            .filter(|l| l.contains(".chart-snapshot.w"))
            .collect();
        let mut expected = vec![format!(
            ".chart-snapshot.w{} {{ display: block; }}",
            CHART_WIDTHS[0]
        )];
        for w in CHART_WIDTHS.windows(2) {
            expected.push(format!(
                "@container (min-width: {1}px) {{ .chart-snapshot.w{0} {{ display: none; }} .chart-snapshot.w{1} {{ display: block; }} }}",
                w[0], w[1]
            ));
        }
        assert_eq!(rules, expected);
    }

    /// The table builds fewer rows first on a phone (`query::PHONE_LAYOUT`):
    /// that query must be the one under which `style.css` makes each row a
    /// block, and only the rows built after the tap's frame skip layout.
    #[test]
    fn the_phone_table_layout_is_the_query_the_app_asks() {
        let css = include_str!("../../public/style.css");
        let block = css
            .split(&format!("@media {}", crate::query::PHONE_LAYOUT))
            .nth(1)
            .and_then(|rest| rest.split("\n}").next())
            .expect("style.css has the phone query");
        assert!(block.contains("table.figures tbody.later tr { content-visibility: auto;"));
        assert!(!block.contains("table.figures tbody tr { content-visibility"));
    }
}
