//! Reading what an SVG chart says, as a reader would read it.

/// The text of every `<text>` element, in drawing order.
pub fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            t.split_once('>')
                .and_then(|(_, rest)| rest.split_once("</text>"))
                .map(|(s, _)| s.trim().to_string())
        })
        .collect()
}

/// A text an SVG chart draws and the box it takes, in pixels.
#[derive(Debug, Clone)]
pub struct TextBox {
    pub text: String,
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

/// Every `<text>` of an SVG that plotters wrote, with its box: its width as
/// the backend that laid the chart out measures it
/// (`lamtheobac::chart::svg::text_width`), its height the font's size,
/// placed by its anchor (`text-anchor`, and `dy` for top, middle or bottom).
pub fn text_boxes(svg: &str) -> Vec<TextBox> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let (attrs, rest) = t.split_once('>')?;
            let (text, _) = rest.split_once("</text>")?;
            let attr = |name: &str| {
                let start = attrs.find(&format!(" {name}=\""))? + name.len() + 3;
                let len = attrs[start..].find('"')?;
                Some(&attrs[start..start + len])
            };
            let number = |name: &str| attr(name).and_then(|v| v.parse::<f64>().ok());
            let (x, y, size) = (number("x")?, number("y")?, number("font-size")?);
            let text = text
                .trim()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
            let width = lamtheobac::chart::svg::text_width(&text, size);
            let left = match attr("text-anchor") {
                Some("end") => x - width,
                Some("middle") => x - width / 2.0,
                _ => x,
            };
            let top = match attr("dy") {
                Some("0.76em") => y,
                Some("-0.5ex") => y - size,
                _ => y - size / 2.0,
            };
            Some(TextBox {
                text,
                left,
                top,
                right: left + width,
                bottom: top + size,
            })
        })
        .collect()
}
