//! Writes a synthetic national-scale dataset as JSON, for the benchmark: about
//! 700 districts in 63 provinces (the country before 1 July 2025), or with
//! `--communes` 3,321 commune-level units in 34 provinces (since); 8 years,
//! 40 metrics. Its figures are not real and it is never shipped.
//!
//!     cargo run --release --bin generate_national -- [SEED] [--communes] > national.json

// A native command: `tools` is not compiled for the page's target.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seed = args.iter().find_map(|s| s.parse().ok()).unwrap_or(42);
    let size = if args.iter().any(|a| a == "--communes") {
        lamtheobac::tools::synthetic::COMMUNES
    } else {
        lamtheobac::tools::synthetic::NATIONAL
    };
    let data = lamtheobac::tools::synthetic::generate(seed, size);
    match serde_json::to_string(&data) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("generate_national: {e}");
            std::process::exit(1);
        }
    }
}
