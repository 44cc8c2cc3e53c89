//! A package sent as one .zip, and archives made to hurt: too large once
//! expanded (declared, or lying about it), entries that climb out with `..`
//! or an absolute path, duplicate names. Each is refused with a message,
//! before anything is expanded where the archive says enough.

use lamtheobac::data::{self, LoadError, write::open_data};
use lamtheobac::format::Locale;
use support::zip::zip;

mod support;

fn package() -> Vec<(String, Vec<u8>)> {
    open_data::package(data::shipped().unwrap())
        .into_iter()
        .map(|(n, t)| (n.to_string(), t.into_bytes()))
        .collect()
}

fn refused(zip: Vec<u8>) -> String {
    let err = data::read_files(&[("paket.zip".into(), zip)]).unwrap_err();
    assert!(matches!(err, LoadError::Package(_)), "{err:?}");
    format!(
        "{}\n{}",
        err.lines(Locale::Vi).join("\n"),
        err.lines(Locale::En).join("\n")
    )
}

#[test]
fn a_zip_of_the_package_in_a_folder_reads_as_the_dataset() {
    let files = package();
    let entries: Vec<(String, &[u8])> = files
        .iter()
        .map(|(n, b)| (format!("goi-du-lieu/{n}"), b.as_slice()))
        .collect();
    let mut with_junk: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    with_junk.push(("__MACOSX/goi-du-lieu/._figures.csv", b"\x00\x05\x16\x07"));
    with_junk.push(("goi-du-lieu/ghi-chu.txt", b"not read"));
    for deflate in [true, false] {
        let archive = zip(&with_junk, deflate);
        assert_eq!(
            &data::read_files(&[("goi-du-lieu.zip".into(), archive)]).unwrap(),
            data::shipped().unwrap()
        );
    }
}

#[test]
fn an_archive_declaring_more_than_10_mib_is_refused_before_expanding() {
    let zeros = vec![b'0'; 11 * 1024 * 1024];
    let said = refused(zip(&[("figures.csv", &zeros)], true));
    assert!(
        said.contains(
            "giải nén sẽ ra hơn 11.534.336 byte, vượt giới hạn 10.485.760 byte nên không giải nén"
        ),
        "{said}"
    );
    assert!(
        said.contains("would expand to more than 11,534,336 bytes"),
        "{said}"
    );
}

#[test]
fn an_archive_lying_about_its_size_stops_expanding_at_the_limit() {
    let zeros = vec![b'0'; 11 * 1024 * 1024];
    let mut archive = zip(&[("figures.csv", &zeros)], true);
    // Rewrite the size the central directory declares to 100 bytes.
    let at = archive
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .expect("a central directory entry");
    archive[at + 24..at + 28].copy_from_slice(&100u32.to_le_bytes());
    let said = refused(archive);
    assert!(
        said.contains("expands to more than 10,485,760 bytes, over the limit: expanding stopped"),
        "{said}"
    );
}

#[test]
fn entries_that_climb_out_of_the_folder_are_refused() {
    for name in [
        "../figures.csv",
        "a/../../figures.csv",
        "/etc/figures.csv",
        "C:/x/figures.csv",
        "..\\figures.csv",
    ] {
        // Written with a harmless name of the same length, then renamed in
        // the bytes, as a hostile tool would write it.
        let stand_in = "x".repeat(name.len() - 4) + ".csv";
        let mut archive = zip(&[(stand_in.as_str(), b"id\n")], false);
        let mut at = 0;
        while let Some(i) = archive[at..]
            .windows(stand_in.len())
            .position(|w| w == stand_in.as_bytes())
        {
            archive[at + i..at + i + name.len()].copy_from_slice(name.as_bytes());
            at += i + name.len();
        }
        let said = refused(archive);
        assert!(
            said.contains(&format!(
                "the entry “{name}” points outside the archive's folder"
            )),
            "{said}"
        );
    }
}

#[test]
fn two_entries_of_one_name_and_a_damaged_archive_are_refused() {
    let said = refused(zip(
        &[("a/figures.csv", b"id\n"), ("b/figures.csv", b"id\n")],
        true,
    ));
    assert!(
        said.contains("two entries are named “figures.csv”"),
        "{said}"
    );
    let mut archive = zip(&[("figures.csv", b"id,district\nx,y\n")], false);
    let len = archive.len();
    archive.truncate(len - 30);
    let said = refused(archive);
    assert!(
        said.contains("paket.zip: cannot be read as a zip archive"),
        "{said}"
    );
}
