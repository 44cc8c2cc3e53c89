//! A readable message instead of a blank page when something breaks.
//!
//! `index.html` carries a hidden `<div id="fatal">` outside the app's root,
//! so the message can be shown even when the app itself is what failed.

/// Shows `message` in the page's error box and in the console.
pub fn show(message: &str) {
    web_sys::console::error_1(&message.into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = document.get_element_by_id("fatal") {
        el.set_text_content(Some(message));
        let _ = el.remove_attribute("hidden");
    }
}

/// Routes every panic to [`show`], with text for both languages.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        show(&format!(
            "Đã xảy ra lỗi, trang không thể tiếp tục. Vui lòng tải lại trang.\n\
             Something went wrong and the page cannot continue. Please reload.\n\n{info}"
        ));
    }));
}
