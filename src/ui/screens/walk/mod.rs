//! The walk screen.

mod state;
mod tree;
mod view;

pub use state::*;
pub use view::*;
