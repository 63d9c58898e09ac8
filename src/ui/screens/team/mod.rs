//! The team screen: the colleagues an assessment is shared among with their progress, handing
//! out parts, the instructions every part carries, and taking returned parts back through a
//! merge review where the coordinator decides every conflict before anything is taken.

mod state;
mod view;

pub use state::*;
pub use view::*;
