//! The browser entry point; natively there is nothing to run (see the tests).

fn main() {
    #[cfg(target_arch = "wasm32")]
    lamtheobac::ui::start();
}
