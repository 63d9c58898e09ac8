//! Maturity scales as data, so that a city can rate on a 0–5 scale, a CyberFundamentals-style
//! 1–5 scale or its own.

use serde::{Deserialize, Serialize};

use super::model::Source;

/// The newest scale `format_version` this program reads and writes.
pub const SCALE_FORMAT_VERSION: u32 = 1;

/// A maturity scale: ordered levels, each with a meaning for a city.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    /// Version of the file format.
    pub format_version: u32,
    /// Identifier (`city-0-5`).
    pub id: String,
    /// Name shown to users.
    pub name: String,
    /// What the scale measures and when to use it.
    pub summary: String,
    /// Where the level names come from.
    pub origin: Source,
    /// The levels, lowest first.
    pub levels: Vec<Level>,
}

/// One level of a scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Level {
    /// The number users pick and scores are computed from.
    pub value: u8,
    /// Level name.
    pub name: String,
    /// What reaching this level means, in plain words.
    pub meaning: String,
}
