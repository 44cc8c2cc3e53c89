//! The default view as static HTML, written into `index.html` at build time
//! (`src/bin/bake.rs`), so a reader sees the first chart before any script
//! has arrived, and readers without WebAssembly, crawlers and link previews
//! see it at all.
//!
//! The page is the app's own components (`ui`) rendered to HTML for the
//! default state (`components`), so the app takes over with no visible jump
//! and the two cannot drift apart. What only the static page has is here: the
//! chart as images (drawn by `chart::compare::draw`, as the canvas is), the
//! words for a browser that cannot run the app, and the loading frame.

pub mod bake;
pub mod components;
pub mod compress;
pub mod dead_classes;
pub mod handover;
pub mod html;
pub mod places_index;
pub mod preview;
pub mod probe;
pub mod scripts;
pub mod short_imports;
pub mod split;
pub mod svg;
pub mod tools;
pub mod wasm_bytes;

use leptos::prelude::*;

use crate::chart::compare::{self, CompareChart};
use crate::data::Dataset;
use crate::format::{Locale, period_label};
use crate::i18n::{self, strings};
use crate::query;
use crate::state::State;
use crate::ui::app::{Explore, Footer, Masthead};
use crate::ui::context::{Baked, Ctx};
use crate::ui::share::ShareTools;
use crate::ui::tabs::Tabs;
use html::esc;

/// The widths (CSS px) the chart is drawn at; `style.css` shows the widest
/// that fits its box (container queries), so text is drawn at its size.
pub const CHART_WIDTHS: [u32; 5] = [296, 366, 476, 608, 812];

/// What the static page's components take from the bake.
const PAGE: Baked = Baked {
    ids: true,
    chart: chart_images,
    under_summary: needs_newer_browser,
};

/// The static page: what goes inside `<main id="app">`.
pub fn page(data: &'static Dataset) -> String {
    let state = State::default();
    let t = strings(state.lang);
    let mut out = components::html(data, PAGE, state.lang, || {
        view! {
            <div id=handover::ROOT_ID>
                <Masthead />
                <Tabs />
                <Explore />
                <ShareTools />
                <Footer />
                // Filled by boot.js when a reader's choice waits for the app; a
                // live region from the start, so the words are announced when
                // they arrive.
                <p class=handover::LOADING_LINE role="status" data-text=t.loading_app></p>
            </div>
        }
    });
    out.push_str(&loading_frame(data));
    out
}

/// The compare chart drawn at each of [`CHART_WIDTHS`], in place of the canvas.
///
/// Each drawing is an <img> of SVG, not inline SVG: the app replaces the
/// page's text with its own when it starts, and the browser would count that
/// repainted text as the page's largest paint, seconds late; the chart image
/// is larger than any text block and is never repainted, so the largest paint
/// is the one the reader saw first.
fn chart_images(chart: &CompareChart) -> AnyView {
    let height = chart.height().max(crate::chart::MIN_HEIGHT).round() as u32;
    let label = chart.label();
    let images = CHART_WIDTHS
        .into_iter()
        .filter_map(|width| {
            let attributes = format!(
                "width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\""
            );
            let svg = svg::draw(width, height, &attributes, |root| {
                compare::draw(chart, root, 1.0).is_ok()
            })?;
            Some(view! {
                <img class=format!("chart-snapshot w{width}") width=width height=height
                    alt=label.clone() src=svg::data_url(&svg) />
            })
        })
        .collect_view();
    view! { <div class="chart-box snapshot-box">{images}</div> }.into_any()
}

/// Why the app is not running, as the static page says it: the browser
/// cannot run it (no WebAssembly, or too old for this one), or its files did
/// not arrive (`boot.js` marks `<html>` `wasm-lost`; `style.css` shows the
/// one that holds). Then, for a link to another view, that it is lost too.
/// Only the static page says these, so they are not among the app's strings.
fn why_not_running(locale: Locale) -> [&'static str; 4] {
    match locale {
        Locale::Vi => [
            "Đây là biểu đồ mặc định và nguồn của biểu đồ. Các phần khác của trang (các chỉ tiêu, chế độ xem và bộ lọc khác) cần trình duyệt phiên bản mới hơn.",
            "Liên kết bạn mở dẫn đến một chế độ xem khác, cũng cần trình duyệt phiên bản mới hơn.",
            "Đây là biểu đồ mặc định và nguồn của biểu đồ. Không tải được các phần khác của trang (các chỉ tiêu, chế độ xem và bộ lọc khác): vui lòng kiểm tra kết nối mạng rồi tải lại trang.",
            "Liên kết bạn mở dẫn đến một chế độ xem khác, cũng chưa tải được.",
        ],
        Locale::En => [
            "This is the default chart and its sources. The rest of the explorer (other indicators, views and filters) needs a newer browser.",
            "The link you opened points to another view, which needs a newer browser too.",
            "This is the default chart and its sources. The rest of the explorer (other indicators, views and filters) could not be loaded: please check your connection and reload the page.",
            "The link you opened points to another view, which could not be loaded either.",
        ],
    }
}

/// Shown only when the app cannot run (`style.css`): says why, and gives each
/// figure of the chart with its quote and report, so the numbers stay traceable.
fn needs_newer_browser() -> AnyView {
    let ctx = Ctx::get();
    let data = ctx.data;
    let notes = [Locale::Vi, Locale::En]
        .map(|locale| {
            let [newer, link_newer, lost, link_lost] = why_not_running(locale);
            view! {
                <p lang=locale.code() class="cannot-run">{newer}" "<span class=crate::page_names::LINK_LOST>{link_newer}</span></p>
                <p lang=locale.code() class="files-lost">{lost}" "<span class=crate::page_names::LINK_LOST>{link_lost}</span></p>
            }
        });
    let sources = ctx
        .state
        .with_untracked(|state| query::compare(data, state))
        .map(|c| {
            let items = c
                .rows
                .iter()
                .map(|(district, figure)| {
                    let report = data.report(&figure.report);
                    let value = crate::format::qualified(
                        figure.value,
                        figure.unit,
                        figure.qualifier,
                        Locale::Vi,
                    );
                    let report = report.map_or(figure.report.clone(), |r| {
                        format!("{} ({})", r.title, r.file)
                    });
                    view! {
                        <li>{format!(
                            "{}: {value} ({}) · “{}” · {report}",
                            district.name,
                            period_label(&figure.period),
                            figure.evidence
                        )}</li>
                    }
                })
                .collect_view();
            view! { <ul class="snapshot-sources">{items}</ul> }
        });
    view! { <div class="needs-wasm" role="note">{notes}{sources}</div> }.into_any()
}

/// What a link to any other state shows until the app has drawn it: the
/// page's frame in the link's language (`boot.js` picks it), a line saying
/// what is loading, and the space the view will take. Never the default view.
fn loading_frame(data: &'static Dataset) -> String {
    // The frame's mastheads are copies: without the page's ids.
    let copy = Baked { ids: false, ..PAGE };
    let mut out = String::from("<div class=\"loading-frame\" aria-busy=\"true\">");
    for locale in [Locale::Vi, Locale::En] {
        out.push_str(&components::html(
            data,
            copy,
            locale,
            || view! { <Masthead /> },
        ));
    }
    out.push_str(&components::html(data, copy, Locale::Vi, || {
        let lines = [Locale::Vi, Locale::En]
            .map(|locale| view! { <span lang=locale.code()>{strings(locale).loading_app}</span> });
        view! {
            <p class="loading-line" role="status">{lines}</p>
            <div class="loading-space"></div>
        }
    }));
    out.push_str("</div>");
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
