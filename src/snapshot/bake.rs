//! Trunk's post-build step (`src/bin/bake.rs`): the built `index.html` gets
//! the static default view, the link-preview tags and the link format's keys;
//! the site gets the preview image, its own scripts without comments, and a
//! `.gz` and `.br` beside each file.

use std::path::Path;

use crate::data::{self, Dataset};
use crate::url;

/// The link-preview image, beside `index.html`.
pub const PREVIEW: &str = "preview.png";

/// Bakes the site in `dir`. `site` is the explorer's absolute address, when
/// known: link previews need absolute URLs.
pub fn bake(dir: &Path, site: Option<&str>, effort: super::compress::Effort) -> Result<(), String> {
    let data = data::shipped().map_err(|e| format!("the shipped dataset: {e}"))?;
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    std::fs::write(&index, baked(&page, data, site)?)
        .map_err(|e| format!("{}: {e}", index.display()))?;
    let png = super::preview::png(data)?;
    std::fs::write(dir.join(PREVIEW), png).map_err(|e| format!("{PREVIEW}: {e}"))?;
    super::scripts::minify_in(dir)?;
    super::places_index::write_in(dir)?;
    super::probe::write_in(dir)?;
    super::compress::beside_each(dir, effort)
}

/// `page` with the static view inside `<main id="app">`, the link-preview tags
/// in `<head>`, and the link format's keys and the hand-over's list
/// (`handover`) on `<html>` for `boot.js`.
pub fn baked(page: &str, data: &'static Dataset, site: Option<&str>) -> Result<String, String> {
    // Trunk may have minified the page: attributes in any order, unquoted.
    let main = page
        .find("<main")
        .ok_or("index.html has no <main id=\"app\">")?;
    let start = main
        + page[main..]
            .find('>')
            .ok_or("index.html's <main> is not closed")?
        + 1;
    let tag = &page[main..start];
    if !(tag.contains("id=\"app\"") || tag.contains("id=app")) {
        return Err("index.html's <main> is not <main id=\"app\">".into());
    }
    let end = start
        + page[start..]
            .find("</main>")
            .ok_or("index.html has no </main>")?;
    let head_end = page.find("</head>").ok_or("index.html has no </head>")?;
    let html_tag = page.find("<html").ok_or("index.html has no <html>")? + "<html".len();
    if !(html_tag < head_end && head_end < start) {
        return Err("index.html is not <html>, <head>, <main> in that order".into());
    }
    Ok(format!(
        "{} {}=\"{}\" {}='{}'{}{}{}{}{}",
        &page[..html_tag],
        crate::page_names::STATE_KEYS,
        url::KEYS.join(","),
        crate::page_names::HAND_OVER,
        // Single-quoted: the JSON's quotes stay as they are (no `'` or `&` in it).
        super::handover::json(),
        &page[html_tag..head_end],
        super::head(data, site, PREVIEW),
        &page[head_end..start],
        super::page(data),
        &page[end..],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head><title>t</title></head>\n\
                        <body><main id=\"app\" class=\"page\"><!-- here --></main></body></html>";

    #[test]
    fn the_view_goes_inside_main_and_the_tags_into_head() {
        let data = data::shipped().unwrap();
        let out = baked(PAGE, data, Some("https://portal.example/so-lieu/")).unwrap();
        assert!(out.starts_with("<!DOCTYPE html>\n<html data-state-keys=\"v,view,"));
        assert!(out.contains(" data-hand-over='{\"root\":\"#snapshot\","));
        let head = &out[..out.find("</head>").unwrap()];
        assert!(head.contains(
            "<meta property=\"og:image\" content=\"https://portal.example/so-lieu/preview.png\">"
        ));
        let main = &out[out.find("<main").unwrap()..];
        assert!(main.contains("<div id=\"snapshot\">") && !main.contains("<!-- here -->"));
        assert!(out.ends_with("</main></body></html>"));
        // No inline style or script: the page runs under a strict CSP.
        assert!(
            !out.contains(" style=") && !out.contains("<script"),
            "{out}"
        );
    }

    #[test]
    fn a_minified_page_is_baked_too() {
        let data = data::shipped().unwrap();
        let out = baked(
            "<!doctype html><html lang=vi><head><title>t</title></head><body><main class=page id=app></main></body></html>",
            data,
            None,
        )
        .unwrap();
        assert!(out.contains("<main class=page id=app><div id=\"snapshot\">"));
    }

    #[test]
    fn a_page_without_its_main_is_refused() {
        let data = data::shipped().unwrap();
        assert!(baked("<html><head></head><body></body></html>", data, None).is_err());
    }
}
