//! The window's screens, one folder each. A screen's `state.rs` holds its state, its commands
//! and the `apply` that changes them, with no egui in it; its `view.rs` draws that state and
//! returns commands.

pub mod catalog;
pub mod dashboard;
pub mod export;
pub mod files;
pub mod settings;
pub mod setup;
pub mod start;
pub mod team;
pub mod tender;
pub mod walk;
