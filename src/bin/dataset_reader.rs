//! The dataset reader's WebAssembly, run in a web worker (see `src/worker.rs`);
//! natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    lamtheobac::worker::start();
}
