//! The files screen.

mod view;

pub use view::*;
