//! The settings screen: language, theme and recent files, kept in `settings.ron`.

mod state;
mod view;

pub use state::*;
pub use view::*;
