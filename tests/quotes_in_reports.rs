//! Every quote, name and by-line in the dataset stands verbatim in its article;
//! a name shown corrected has the article's words, verbatim, in `printed`.
//!
//! The reports are inputs, not part of the repository, so this check is opt-in:
//!     SEEDS_DIR=../shared/seeds cargo test --test quotes_in_reports -- --ignored
//! It is run whenever the dataset is edited; the default test run cannot read
//! the reports and does not try.

use lamtheobac::data;
use std::path::PathBuf;

#[test]
#[ignore = "needs the source reports: SEEDS_DIR=<dir> cargo test --test quotes_in_reports -- --ignored"]
fn every_quote_stands_verbatim_in_its_report() {
    let dir = PathBuf::from(
        std::env::var("SEEDS_DIR").expect("set SEEDS_DIR to the folder of the source reports"),
    );
    let d = data::shipped().expect("shipped dataset loads");
    let text = |file: &str| {
        std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    };
    let mut missing = Vec::new();
    for r in &d.reports {
        let t = text(&r.file);
        let first_line = t.lines().next().unwrap_or_default().trim();
        if r.title != first_line {
            missing.push(format!("{}: title {:?}", r.file, r.title));
        }
        for quoted in [&r.byline, &r.credit, &r.url].into_iter().flatten() {
            if !t.contains(quoted.as_str()) {
                missing.push(format!("{}: {quoted:?}", r.file));
            }
        }
    }
    for f in &d.figures {
        if !text(&f.report).contains(&f.evidence) {
            missing.push(format!("figure {}: {:?}", f.id, f.evidence));
        }
    }
    for i in &d.initiatives {
        let t = text(&i.report);
        // A name the page shows corrected (GLOSSARY.md) keeps the article's
        // own words in `printed`, and those stand verbatim instead.
        if let Some(printed) = &i.printed
            && !t.contains(printed.as_str())
        {
            missing.push(format!("initiative {} printed: {printed:?}", i.id));
        }
        for quoted in [Some(&i.name), i.commune.as_ref(), i.runner.as_ref()]
            .into_iter()
            .flatten()
        {
            if !t.contains(quoted.as_str()) && i.printed.is_none() {
                missing.push(format!("initiative {}: {quoted:?}", i.id));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not found verbatim in the reports:\n{}",
        missing.join("\n")
    );
}
