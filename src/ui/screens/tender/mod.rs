//! The tender screen: build a tender, write its annex and form, import and evaluate bids.

pub mod bids;
mod state;
pub(crate) mod text;
mod view;

pub use state::*;
pub use view::*;
