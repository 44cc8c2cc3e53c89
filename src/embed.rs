//! How an embedded explorer tells the page around it its height.
//!
//! Whenever its height changes, the embedded page posts three messages to its
//! parent, with target origin `*` (a height is not a secret):
//!
//! 1. its own: `{"type": "lamtheobac:height", "version": 1, "id": "<embed id>", "height": <px>}`;
//!    `embed.js`, served beside the app, resizes the frame that sent it;
//! 2. Datawrapper's: `{"datawrapper-height": {"<embed id>": <px>}}`;
//! 3. AMP's: `{"sentinel": "amp", "type": "embed-size", "height": <px>}`.
//!
//! The one message it reads from its parent is `embed.js`'s
//! `{"type": "lamtheobac:ask-height", "version": 1}`, sent when that script
//! starts: it loads async, so the first height may have gone by unheard. The
//! answer is the same three messages; there is no other command.

/// The `type` of the parent's request to repeat the height.
pub const ASK_HEIGHT_TYPE: &str = "lamtheobac:ask-height";

/// The three messages for a height, as JSON text.
pub fn height_messages(id: &str, height: u32) -> [String; 3] {
    // The string alone: through `serde_json::Value`, every kind of JSON value
    // (floats, maps) came into the app's first part with it.
    let id = serde_json::to_string(id).unwrap_or_default();
    [
        format!(r#"{{"type":"lamtheobac:height","version":1,"id":{id},"height":{height}}}"#),
        format!(r#"{{"datawrapper-height":{{{id}:{height}}}}}"#),
        format!(r#"{{"sentinel":"amp","type":"embed-size","height":{height}}}"#),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_formats_are_valid_json_with_the_height() {
        let [own, datawrapper, amp] = height_messages("lamtheobac-compare-poverty-rate", 412);
        let own: serde_json::Value = serde_json::from_str(&own).unwrap();
        assert_eq!(
            own,
            serde_json::json!({"type": "lamtheobac:height", "version": 1, "id": "lamtheobac-compare-poverty-rate", "height": 412})
        );
        let dw: serde_json::Value = serde_json::from_str(&datawrapper).unwrap();
        assert_eq!(
            dw,
            serde_json::json!({"datawrapper-height": {"lamtheobac-compare-poverty-rate": 412}})
        );
        let amp: serde_json::Value = serde_json::from_str(&amp).unwrap();
        assert_eq!(
            amp,
            serde_json::json!({"sentinel": "amp", "type": "embed-size", "height": 412})
        );
    }

    #[test]
    fn an_id_with_quotes_and_backslashes_stays_one_json_string() {
        let id = r#"a"b\c</script>"#;
        let [own, datawrapper, _] = height_messages(id, 7);
        let own: serde_json::Value = serde_json::from_str(&own).unwrap();
        assert_eq!(own["id"], id);
        let dw: serde_json::Value = serde_json::from_str(&datawrapper).unwrap();
        assert_eq!(dw["datawrapper-height"][id], 7);
    }
}
