//! The file that tells the page whether its server sends files compressed
//! (`page_names::COMPRESSION_PROBE`): boot.js fetches it once a visit and
//! reads its `Content-Encoding`; a server that sends it as it is sends the
//! app's `.wasm` as it is too, so the page fetches each `.wasm.gz` instead.
//! A valid WebAssembly module (boot.js tells it by its first bytes from a
//! page a server answers every path with), larger than the sizes under which common
//! servers compress nothing (nginx's usual `gzip_min_length`, IIS's 2,700 B),
//! and mostly zeros: about 40 B once compressed.

use std::path::Path;

/// How large the probe is, raw.
pub const SIZE: usize = 3000;

/// The probe's bytes: an empty module with one custom section of zeros.
pub fn bytes() -> Vec<u8> {
    const NAME: &[u8] = b"probe";
    let header = [0x00, b'a', b's', b'm', 0x01, 0x00, 0x00, 0x00];
    // Section id, its size (LEB128, two bytes here), the name's length and name.
    let payload = SIZE - header.len() - 3 - 1 - NAME.len();
    let section = 1 + NAME.len() + payload;
    let mut out = Vec::with_capacity(SIZE);
    out.extend_from_slice(&header);
    out.push(0x00);
    out.push((section & 0x7f) as u8 | 0x80);
    out.push((section >> 7) as u8);
    out.push(NAME.len() as u8);
    out.extend_from_slice(NAME);
    out.resize(SIZE, 0);
    out
}

/// Writes the probe into the built site at `dir` (before its `.gz` and `.br`
/// are written beside each file).
pub fn write_in(dir: &Path) -> Result<(), String> {
    let name = crate::page_names::COMPRESSION_PROBE;
    std::fs::write(dir.join(name), bytes()).map_err(|e| format!("{name}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_probe_is_a_module_of_its_size_that_compresses_to_almost_nothing() {
        let b = bytes();
        assert_eq!(b.len(), SIZE);
        assert_eq!(&b[..4], b"\0asm");
        // The custom section runs exactly to the end of the file.
        let section = usize::from(b[9] & 0x7f) | usize::from(b[10]) << 7;
        assert_eq!(11 + section, SIZE);
        assert!(super::super::compress::gzip(&b).len() < 60);
    }

    #[test]
    fn the_script_asks_for_the_probe_by_its_name() {
        let boot = include_str!("../../public/compressed_fetch.js");
        assert!(
            boot.contains(&format!("\"{}\"", crate::page_names::COMPRESSION_PROBE)),
            "public/compressed_fetch.js must name {}",
            crate::page_names::COMPRESSION_PROBE
        );
    }
}
