//! The catalog browser and its About view.

pub(crate) mod about;
mod labels;
mod state;
mod view;

pub(crate) use labels::*;
pub use state::*;
pub use view::*;
