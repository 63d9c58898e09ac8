//! The files screen.

mod state;
mod view;

pub use state::*;
pub use view::*;
