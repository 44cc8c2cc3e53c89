//! Saving what the page made (CSV, JSON, SVG, PNG) as a file.

use wasm_bindgen::JsCast;

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
