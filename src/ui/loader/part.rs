//! The loading part of the app (`ui::later`): what loads other data and
//! shows its status, fetched when a reader first brings data. The page's
//! panels start a load here ([`fetch`], [`read`]) and show [`status`].

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use super::{Failure, Loader};
use crate::ui::later::{Part, Unavailable};

/// Fetches the dataset at `url` and shows it (or why not).
pub fn fetch(loader: Loader, url: String) {
    load(loader, url.clone(), Source::Url(url));
}

/// Reads the files the reader chose or dropped: one dataset JSON file,
/// or the files of a package (its CSV files, `datapackage.json`).
pub fn read(loader: Loader, files: Vec<web_sys::File>) {
    if files.is_empty() {
        return;
    }
    let name = files
        .iter()
        .map(|f| f.name())
        .collect::<Vec<_>>()
        .join(", ");
    load(loader, name, Source::Files(files));
}

/// Loading is a part of its own (`ui::later`): few readers bring data.
fn load(loader: Loader, name: String, source: Source) {
    leptos::task::spawn_local(async move {
        // The whole part first: what shows the loaded data's status
        // (`data_panel`, `level_choice`) is then there when it is.
        if !LOADING.with(Part::clone).ready().await {
            return loader.fail(name, Failure::Unavailable);
        }
        match loading(loader, name.clone(), source).await {
            Ok(work) => work.await,
            Err(Unavailable) => loader.fail(name, Failure::Unavailable),
        }
    });
}

/// Where a dataset comes from.
enum Source {
    Url(String),
    Files(Vec<web_sys::File>),
}

thread_local! {
    /// Loading other data, and what says which data is on screen.
    pub static LOADING: Part = Part::new(&[|| Box::pin(fetch_loading()), || Box::pin(fetch_status())]);
}

/// What says which data is on screen: only other data has any.
#[derive(Clone, Copy)]
pub enum Status {
    /// Which data, the names the places table does not know, a load's problems.
    Data,
    /// The choice of level, in data that mixes them.
    Levels,
}

/// `which` status, in the loading part.
#[leptos::wasm_split::wasm_split(
    loading,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_status)
)]
pub fn status(which: Status) -> Result<AnyView, Unavailable> {
    Ok(match which {
        Status::Data => view! { <super::status::OtherDataStatus /> }.into_any(),
        Status::Levels => view! { <super::status::MixedLevels /> }.into_any(),
    })
}

/// The work of loading `source`, in the loading part.
#[leptos::wasm_split::wasm_split(
    loading,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_loading)
)]
fn loading(
    loader: Loader,
    name: String,
    source: Source,
) -> Result<Pin<Box<dyn Future<Output = ()>>>, Unavailable> {
    Ok(match source {
        Source::Url(url) => Box::pin(loader.fetch_now(url)),
        Source::Files(files) => Box::pin(loader.read_now(name, files)),
    })
}
