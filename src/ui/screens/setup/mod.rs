//! The setup screen.

mod view;

pub use view::*;
