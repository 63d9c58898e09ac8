//! The walk screen.

mod view;

pub use view::*;
