//! MIM Assistant: an offline assistant for cities that self-assess, and buy, data-platform
//! capabilities against the OASC Minimal Interoperability Mechanisms, ISO/IEC 27001:2022 and NIS2.
//!
//! Everything the window does is plain library code here; the window in [`ui`] is a thin view.

pub mod assessment;
pub mod catalog;
pub mod charts;
pub mod cli;
pub mod export;
pub mod fill_in_style;
pub mod import;
pub mod input;
pub mod oscal;
pub mod output_guard;
pub mod paths;
pub mod procurement;
pub mod report;
pub mod sharing;
pub mod spreadsheet;
pub mod store;
pub mod ui;
pub mod wording;
pub mod words;
pub mod xlsx;
