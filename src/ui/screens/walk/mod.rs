//! The walk screen.

mod evidence_view;
mod obligations_view;
mod state;
mod tree;
mod view;

pub use state::*;
pub use view::*;
