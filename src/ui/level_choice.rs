//! When a dataset mixes levels (communes, wards, special zones, former
//! districts), the reader is told, and chooses which level the views
//! compare. Nothing shows for a dataset of one level, such as the shipped one.

use leptos::prelude::*;

use super::later::shown;
use super::loader::Loader;
use super::loader::part::{LOADING, Status, status};

/// Only data a reader brought can mix levels: the choice comes with the
/// loading part (`loader::part`), which is here once such data is.
#[component]
pub fn LevelChoice() -> impl IntoView {
    let loader = Loader::get();
    move || {
        loader
            .source
            .with(Option::is_some)
            .then(|| LOADING.with(|part| shown(part, status(Status::Levels))))
    }
}
