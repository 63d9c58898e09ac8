//! The assessment file: who assessed what, on which scale and against which target profile, and
//! one answer per requirement. Answers refer to requirements by qualified id and never copy
//! catalog text, so a corrected catalog improves old files.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::catalog::unique_keys;

use super::team::Team;

/// The newest assessment `format_version`; older versions are migrated on load.
pub const ASSESSMENT_FORMAT_VERSION: u32 = 2;

/// A self-assessment of a city against one or more frameworks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Version of the file format.
    pub format_version: u32,
    /// The organisation assessed.
    pub organisation: Organisation,
    /// The organisation's logo for the report's cover: a PNG or JPEG file, relative to the
    /// assessment file when it lies beside it. Optional and left out of the file when unset,
    /// so files written before it existed read (and fingerprint) as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// The language of the assessment's documents (report, export), as a language tag (`en`,
    /// `sv`, `de`): the catalogs' texts and the documents' own words are written in it,
    /// whatever language the window shows. Left out of the file when English, so files written
    /// before it existed read (and fingerprint) as before.
    #[serde(default = "english", skip_serializing_if = "is_english")]
    pub language: String,
    /// What was assessed (a platform, a department, the whole city).
    pub scope: String,
    /// Who assessed it.
    pub assessor: String,
    /// When the assessment (this round) was made, as `YYYY-MM-DD`.
    pub date: String,
    /// The frameworks assessed, each whole or limited to some of its groups.
    pub frameworks: Vec<FrameworkChoice>,
    /// Id of the maturity scale the levels are written in.
    pub scale: String,
    /// Id of the target profile.
    pub profile: String,
    /// Round number, 1 for the first assessment; a new round starts from the last one.
    #[serde(default = "first_round")]
    pub round: u32,
    /// The levels of earlier rounds, oldest first, so that rounds can be compared.
    #[serde(default)]
    pub earlier_rounds: Vec<RoundRecord>,
    /// One answer per requirement, by qualified id (`iso27001:A.5.15`).
    /// A requirement answered twice is refused while reading, with both places.
    #[serde(default, deserialize_with = "unique_keys")]
    pub answers: BTreeMap<String, Answer>,
    /// The colleagues the assessment is shared among, their assignments and the parts handed
    /// out ([`crate::sharing`]). Left out of the file while empty.
    #[serde(default, skip_serializing_if = "Team::is_empty")]
    pub team: Team,
}

fn english() -> String {
    "en".to_owned()
}

fn is_english(language: &str) -> bool {
    language == "en"
}

fn first_round() -> u32 {
    1
}

/// The organisation an assessment is about.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Its name (`Sjöbacka kommun`).
    pub name: String,
    /// The city it serves.
    pub city: String,
    /// The country, as users write it.
    pub country: String,
}

/// A framework chosen for the assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkChoice {
    /// Framework id (`mim6`).
    pub framework: String,
    /// Ids of the groups assessed; empty means the whole framework.
    #[serde(default)]
    pub groups: Vec<String>,
}

/// What the assessor said about one requirement.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The level reached today; `None` while unanswered.
    #[serde(default)]
    pub current: Option<u8>,
    /// The level aimed for; `None` takes the profile's default for the requirement's strength.
    #[serde(default)]
    pub target: Option<u8>,
    /// Set when the requirement does not apply, with the reason (a reason is required).
    #[serde(default)]
    pub not_applicable: Option<String>,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
    /// Evidence supporting the level.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// The requirement's obligations (numbered from 1, as the catalog lists them) the assessor
    /// found met; the others are open. Empty for a requirement without listed obligations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub obligations_met: Vec<u16>,
    /// When the answer last changed, as `YYYY-MM-DD` or an RFC 3339 time.
    #[serde(default)]
    pub changed: String,
    /// The contributor whose answer this is, when it was merged from their part; cleared when
    /// the coordinator changes the answer. Left out of the file when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_by: Option<String>,
}

impl Answer {
    /// True when the requirement is marked not applicable.
    pub fn is_not_applicable(&self) -> bool {
        self.not_applicable.is_some()
    }

    /// The current level of an applicable, answered requirement; `None` otherwise. Everything
    /// that averages, compares or carries levels uses this one definition.
    pub fn applicable_level(&self) -> Option<u8> {
        self.current.filter(|_| !self.is_not_applicable())
    }

    /// The evidence one piece a line, as tables and the questionnaire show it.
    pub fn evidence_lines(&self) -> String {
        self.evidence
            .iter()
            .map(Evidence::describe)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// True when `self` and `other` say the same (level, target, not-applicable reason, notes,
    /// evidence, obligations), whenever and by whomever they were written; no answer is the
    /// same as an empty one. The merge compares answers with this.
    pub fn says_the_same(this: Option<&Answer>, other: Option<&Answer>) -> bool {
        let empty = Answer::default();
        let (a, b) = (this.unwrap_or(&empty), other.unwrap_or(&empty));
        a.current == b.current
            && a.target == b.target
            && a.not_applicable == b.not_applicable
            && a.notes == b.notes
            && a.evidence == b.evidence
            && a.obligations_met == b.obligations_met
    }
}

/// One piece of evidence.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// What it is (`Access-control policy v3`).
    pub title: String,
    /// A URL, or a path relative to the assessment file.
    #[serde(default)]
    pub link: String,
    /// Its date, as `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
}

impl Evidence {
    /// One line for reports and tables: "title — link (date)", leaving out what is empty.
    pub fn describe(&self) -> String {
        let mut line = self.title.clone();
        if !self.link.is_empty() {
            line.push_str(" — ");
            line.push_str(&self.link);
        }
        if !self.date.is_empty() {
            line.push_str(&format!(" ({})", self.date));
        }
        line
    }
}

/// The levels of one finished round, kept when a new round starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundRecord {
    /// Round number.
    pub round: u32,
    /// Date of that round.
    pub date: String,
    /// Current level per requirement in that round (answered, applicable ones only); a
    /// requirement given twice is refused while reading.
    #[serde(deserialize_with = "unique_keys")]
    pub levels: BTreeMap<String, u8>,
}

impl Assessment {
    /// Who signs its documents: the assessor, or the organisation when no assessor is named.
    pub fn author(&self) -> String {
        if self.assessor.is_empty() {
            self.organisation.name.clone()
        } else {
            self.assessor.clone()
        }
    }

    /// An empty assessment of the given frameworks, on a scale and against a profile.
    pub fn new(
        organisation: Organisation,
        frameworks: &[&str],
        scale: &str,
        profile: &str,
    ) -> Self {
        Assessment {
            format_version: ASSESSMENT_FORMAT_VERSION,
            organisation,
            logo: None,
            language: english(),
            scope: String::new(),
            assessor: String::new(),
            date: String::new(),
            frameworks: frameworks
                .iter()
                .map(|f| FrameworkChoice {
                    framework: (*f).to_owned(),
                    groups: Vec::new(),
                })
                .collect(),
            scale: scale.to_owned(),
            profile: profile.to_owned(),
            round: 1,
            earlier_rounds: Vec::new(),
            answers: BTreeMap::new(),
            team: Team::default(),
        }
    }
}
