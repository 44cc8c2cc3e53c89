//! A `.gz` and a `.br` beside every file a server may send compressed, so a
//! static server sends them as they are (nginx's `gzip_static` and
//! `brotli_static`, Apache and IIS rules: see the README) instead of
//! compressing on each request, or, as stock nginx does for `.wasm`, not at all.

use std::io::Write;
use std::path::Path;

/// The endings worth compressing: text, and WebAssembly. PNGs are compressed already.
const ENDINGS: [&str; 9] = [
    "html", "js", "css", "wasm", "svg", "json", "csv", "md", "txt",
];

/// How hard to compress: a release as small as the encoders can make it; a
/// debug build (a developer's `trunk serve`, 17 MB) quickly, or each edit
/// waited a minute for brotli.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effort {
    Best,
    Quick,
}

/// Writes `F.gz` (gzip) and `F.br` (brotli) beside each such file `F` below
/// `dir`, replacing older ones.
pub fn beside_each(dir: &Path, effort: Effort) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            beside_each(&path, effort)?;
            continue;
        }
        let worth = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ENDINGS.contains(&e));
        if !worth {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.display().to_string();
        let (gz, br) = match effort {
            Effort::Best => (gzip(&bytes), brotli(&bytes)),
            Effort::Quick => (gzip_at(&bytes, 1), brotli_at(&bytes, 1)),
        };
        std::fs::write(format!("{name}.gz"), gz).map_err(|e| format!("{name}.gz: {e}"))?;
        std::fs::write(format!("{name}.br"), br).map_err(|e| format!("{name}.br: {e}"))?;
    }
    Ok(())
}

/// gzip at its best level (9).
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    gzip_at(bytes, 9)
}

fn gzip_at(bytes: &[u8], level: u32) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// brotli at its best quality (11).
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    brotli_at(bytes, 11)
}

fn brotli_at(bytes: &[u8], quality: i32) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality,
        lgwin: 22,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}
