//! The dashboard screen.

mod view;

pub use view::*;
