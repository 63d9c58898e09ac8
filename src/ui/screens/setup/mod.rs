//! The setup screen.

mod state;
mod step;
mod summary;
mod view;

pub use state::*;
pub use step::*;
pub use view::*;
