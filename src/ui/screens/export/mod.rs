//! The export screen.

mod view;

pub use view::*;
