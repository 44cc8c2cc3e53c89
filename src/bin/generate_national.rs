//! Writes the synthetic national-scale dataset (about 700 districts in 63
//! provinces, 8 years, 40 metrics) as JSON, for the benchmark. Its figures are
//! not real and it is never shipped.
//!
//!     cargo run --release --bin generate_national -- [SEED] > national.json

fn main() {
    let seed = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(42);
    let data = lamtheobac::synthetic::generate(seed, lamtheobac::synthetic::NATIONAL);
    match serde_json::to_string(&data) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("generate_national: {e}");
            std::process::exit(1);
        }
    }
}
