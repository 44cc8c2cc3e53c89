//! Trunk's post-build hook (see Trunk.toml): bakes the static default view,
//! the link-preview image and the compressed copies into the built site
//! (`lamtheobac::snapshot::bake`), after cutting the app into the part the
//! first tap needs and the parts that come after (`snapshot::split`).
//!
//! The folder is `$TRUNK_STAGING_DIR` (what Trunk is about to publish) or the
//! first argument. `LAMTHEOBAC_REWRITES=off` leaves out the steps that edit
//! another tool's output (`split::Rewrites`). `LAMTHEOBAC_SITE_URL`, when set, is the explorer's absolute
//! address (`https://portal.example/so-lieu/`), which link previews need.

use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(not(target_arch = "wasm32"))]
    return native::main();
    #[cfg(target_arch = "wasm32")]
    ExitCode::FAILURE
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use lamtheobac::snapshot::{compress, split};

    pub fn main() -> ExitCode {
        let Some(dir) = std::env::args_os()
            .nth(1)
            .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
            .map(PathBuf::from)
        else {
            eprintln!("bake: give the built site's folder, or run as Trunk's post_build hook");
            return ExitCode::FAILURE;
        };
        let site = std::env::var("LAMTHEOBAC_SITE_URL")
            .ok()
            .filter(|s| !s.trim().is_empty());
        if site.is_none() {
            eprintln!(
                "bake: LAMTHEOBAC_SITE_URL is not set: link previews name their image relative to \
                 the page, which some chat apps do not follow (they show no picture)"
            );
        }
        // Trunk says which profile it built; run by hand, a release.
        let profile = std::env::var("TRUNK_PROFILE").unwrap_or_else(|_| "release".into());
        let rewrites = split::Rewrites::from_env();
        match split::split_in(&dir, &split::target_dir(), &profile, rewrites) {
            Ok(parts) => eprintln!("bake: the app's later parts: {}", parts.files.join(", ")),
            Err(e) => {
                eprintln!("bake: splitting the app: {e}");
                if rewrites == split::Rewrites::On {
                    eprintln!(
                        "bake: if a tool was upgraded, LAMTHEOBAC_REWRITES=off builds the page \
                         without the steps that edit its output (DEVELOPERS.md)"
                    );
                }
                return ExitCode::FAILURE;
            }
        }
        let effort = if profile == "release" {
            compress::Effort::Best
        } else {
            compress::Effort::Quick
        };
        match lamtheobac::snapshot::bake::bake(&dir, site.as_deref(), effort) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("bake: {e}");
                ExitCode::FAILURE
            }
        }
    }
}
