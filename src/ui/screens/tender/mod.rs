//! The tender screen: build a tender, write its annex and form, import and evaluate bids.
//! `state` holds the window state and its commands (the tender's rules are in
//! `crate::procurement`), `export` writes the documents, the `*_view` files draw, `problems` words a refused form's
//! problems in the window's language.

mod annex_view;
mod bids_view;
mod export;
mod items_view;
mod message;
mod problems;
mod state;
pub(crate) mod text;
mod view;

pub use message::{Message, Outcome};
pub use state::*;
pub use view::*;
