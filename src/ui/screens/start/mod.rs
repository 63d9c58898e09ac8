//! The start screen.

mod view;

pub use view::*;
