//! The catalog browser and its About view.

pub(crate) mod about;
mod state;
mod view;

pub use state::*;
pub use view::*;
