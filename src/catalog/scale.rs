//! Maturity scales as data, so that a city can rate on a 0–5 scale, a CyberFundamentals-style
//! 1–5 scale or its own.

use serde::{Deserialize, Serialize};

use super::model::Source;

/// The newest scale `format_version` this program reads and writes.
pub const SCALE_FORMAT_VERSION: u32 = 1;

/// A maturity scale: ordered levels, each with a meaning for a city.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
pub struct Level {
    /// The number users pick and scores are computed from.
    pub value: u8,
    /// Level name.
    pub name: String,
    /// What reaching this level means, in plain words.
    pub meaning: String,
}

impl Scale {
    /// The lowest and highest level values; (0, 0) for a scale without levels, which the
    /// validator rejects before a scale is ever used.
    pub fn range(&self) -> (u8, u8) {
        let low = self.levels.iter().map(|l| l.value).min().unwrap_or(0);
        let high = self.levels.iter().map(|l| l.value).max().unwrap_or(0);
        (low, high)
    }

    /// The level with this value, if the scale has one.
    pub fn level(&self, value: u8) -> Option<&Level> {
        self.levels.iter().find(|l| l.value == value)
    }

    /// Converts a level written on `from` to this scale, linearly between the two ranges:
    /// 3.5 on a 1–5 scale is 0 + (3.5 − 1) / 4 × 5 = 3.125 on a 0–5 scale.
    pub fn convert_from(&self, value: f64, from: &Scale) -> f64 {
        let (from_low, from_high) = from.range();
        let (low, high) = self.range();
        if from_high == from_low {
            return f64::from(low);
        }
        let share = (value - f64::from(from_low)) / f64::from(from_high - from_low);
        f64::from(low) + share * f64::from(high - low)
    }
}
