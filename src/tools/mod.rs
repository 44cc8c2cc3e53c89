//! What only the commands and the tests use, compiled natively and never
//! into the page or the dataset reader: the data template and its
//! per-province files (`template`), and generated datasets for benchmarks
//! and property tests (`synthetic`, never shipped as real).

pub mod synthetic;
pub mod template;
