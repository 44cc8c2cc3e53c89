//! Saving what the page made (CSV, JSON, SVG, PNG) as a file.

use plotters::coord::Shift;
use plotters::prelude::*;
use wasm_bindgen::JsCast;

use super::canvas_backend::MeasuredCanvas;

/// How much larger than its CSS size a saved PNG is drawn.
pub const PNG_SCALE: f64 = 2.0;

/// What `draw` draws on a canvas of its own of `size` CSS pixels (at
/// [`PNG_SCALE`]), as a PNG `data:` URL.
pub fn png_url(
    (width, height): (u32, u32),
    draw: impl FnOnce(&DrawingArea<MeasuredCanvas, Shift>) -> Result<(), String>,
) -> Result<String, String> {
    let canvas = leptos::prelude::document()
        .create_element("canvas")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into::<web_sys::HtmlCanvasElement>();
    canvas.set_width((f64::from(width) * PNG_SCALE) as u32);
    canvas.set_height((f64::from(height) * PNG_SCALE) as u32);
    let backend = MeasuredCanvas::new(canvas.clone()).ok_or("no 2D canvas")?;
    draw(&backend.into_drawing_area())?;
    canvas
        .to_data_url_with_type("image/png")
        .map_err(|e| format!("{e:?}"))
}

/// Offers `text` for download as `file_name`, of MIME type `kind`.
pub fn save(file_name: &str, kind: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let result = save_url(file_name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
    result
}

/// Offers what `url` (a blob: or data: URL) holds for download as `file_name`.
pub fn save_url(file_name: &str, url: &str) -> Result<(), String> {
    let link = leptos::prelude::document()
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into::<web_sys::HtmlAnchorElement>();
    link.set_href(url);
    link.set_download(file_name);
    link.click();
    Ok(())
}
