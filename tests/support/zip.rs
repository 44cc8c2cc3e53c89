//! Zip archives for the tests, written with the same crates the reader uses.

use std::io::Write;

/// A zip of `entries`, each deflated (or stored).
pub fn zip(entries: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut archive = rawzip::ZipArchiveWriter::new(&mut out);
    for (name, data) in entries {
        let method = if deflate {
            rawzip::CompressionMethod::DEFLATE
        } else {
            rawzip::CompressionMethod::STORE
        };
        let (mut entry, _config) = archive
            .new_file(name)
            .compression_method(method)
            .start()
            .unwrap();
        let bytes = if deflate {
            miniz_oxide::deflate::compress_to_vec(data, 6)
        } else {
            data.to_vec()
        };
        entry.write_all(&bytes).unwrap();
        entry
            .finish(rawzip::DataDescriptorOutput::new(
                rawzip::crc32(data),
                data.len() as u64,
            ))
            .unwrap();
    }
    archive.finish().unwrap();
    out
}
