//! The (Vietnamese, English) pairs of texts in a dataset read as JSON: a
//! text is an object with `vi` and `en`, an initiative's name `name` and
//! `name_en`. Read generically, so a new field of either kind is covered
//! where the English travels apart (`build.rs`, `data::english`). std and
//! serde_json only: `build.rs` includes this file.

/// Calls `pair` with each pair's Vietnamese and English, in document order.
pub fn each(value: &mut serde_json::Value, pair: &mut dyn FnMut(&str, &mut String)) {
    match value {
        serde_json::Value::Object(map) => {
            for (vi, en) in [("vi", "en"), ("name", "name_en")] {
                let Some(serde_json::Value::String(vi)) = map.get(vi).cloned() else {
                    continue;
                };
                if let Some(serde_json::Value::String(en)) = map.get_mut(en) {
                    pair(&vi, en);
                }
            }
            for inner in map.values_mut() {
                each(inner, pair);
            }
        }
        serde_json::Value::Array(items) => {
            for inner in items {
                each(inner, pair);
            }
        }
        _ => {}
    }
}
