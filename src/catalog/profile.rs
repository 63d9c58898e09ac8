//! Target profiles as data: the level a city aims for per requirement and the thresholds that
//! decide whether it has reached a level of assurance, in the CyberFundamentals manner (every key
//! measure at least X and the overall score at least Y).

use serde::{Deserialize, Serialize};

use super::model::{Source, Strength};

/// The newest profile `format_version` this program reads and writes.
pub const PROFILE_FORMAT_VERSION: u32 = 1;

/// A target profile such as "NIS2 essential entity".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Version of the file format.
    pub format_version: u32,
    /// Identifier (`nis2-essential`).
    pub id: String,
    /// Name shown to users.
    pub name: String,
    /// Whom the profile suits and what it asks, in plain words.
    pub summary: String,
    /// Where the thresholds come from.
    pub origin: Source,
    /// The scale the levels below are written in; other scales are converted linearly.
    pub scale: String,
    /// Default target level per strength, used where an answer sets no target of its own.
    pub targets: StrengthTargets,
    /// Which requirements are key measures.
    #[serde(default)]
    pub key_measures: KeyMeasures,
    /// Every key measure must reach at least this level.
    pub key_measure_min: f64,
    /// The overall score must reach at least this level.
    pub overall_min: f64,
}

/// A target level for each strength of requirement.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StrengthTargets {
    /// Target for SHALL requirements.
    pub shall: u8,
    /// Target for SHOULD requirements.
    pub should: u8,
    /// Target for MAY requirements.
    pub may: u8,
}

impl StrengthTargets {
    /// The target for a requirement of this strength.
    pub fn for_strength(&self, strength: Strength) -> u8 {
        match strength {
            Strength::Shall => self.shall,
            Strength::Should => self.should,
            Strength::May => self.may,
        }
    }
}

/// Which requirements a profile treats as key measures.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub enum KeyMeasures {
    /// Every SHALL requirement in the assessment (the default).
    #[default]
    ShallRequirements,
    /// Exactly these qualified ids (`iso27001:A.5.15`).
    Listed(Vec<String>),
}
