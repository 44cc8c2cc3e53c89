//! axe-core (installed by `.ci/setup --browser`) run on the page as it is.

use super::browser::Browser;

/// axe-core's violations on the current page, one line each.
pub async fn violations(browser: &Browser) -> Vec<String> {
    let axe = std::env::var("AXE_JS").unwrap_or_else(|_| {
        format!(
            "{}/.tools/axe/node_modules/axe-core/axe.min.js",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    let axe = std::fs::read_to_string(&axe)
        .unwrap_or_else(|e| panic!("{axe}: {e} (run `bash .ci/setup --browser`)"));
    browser.js(&axe).await;
    browser
        .js("return axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target}`))")
        .await
        .as_array()
        .map(|v| v.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}
