//! The catalog browser and its About view.

pub(crate) mod about;
mod view;

pub use view::*;
