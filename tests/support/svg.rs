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
