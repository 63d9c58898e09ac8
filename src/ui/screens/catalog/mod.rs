//! The catalog browser and its About view.

pub(crate) mod about;
mod import;
mod labels;
mod state;
mod view;

pub use import::*;
pub(crate) use labels::*;
pub use state::*;
pub use view::*;
