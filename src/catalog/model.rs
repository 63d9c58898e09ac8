//! The catalog file model: a framework (a MIM, a standard, a regulation) with nested groups of
//! requirements. These types are what `checklists/*.ron` files deserialize into, and the
//! [`crate::catalog::Library`] keeps them unchanged so that every view reads the same text.

use serde::{Deserialize, Serialize};

/// The newest catalog `format_version` this program reads and writes.
pub const CATALOG_FORMAT_VERSION: u32 = 1;

/// A catalog file: one framework and its content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Version of the file format, so that older files can be migrated on load.
    pub format_version: u32,
    /// The framework the file describes.
    pub framework: Framework,
}

/// What kind of document a framework stands for; shown to users and used to sort frameworks
/// (in declaration order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FrameworkKind {
    /// An OASC Minimal Interoperability Mechanism.
    Mim,
    /// A published standard such as ISO/IEC 27001.
    Standard,
    /// A legal act such as the NIS2 directive.
    Regulation,
    /// A library of reusable tender clauses.
    ClauseLibrary,
}

/// A checklist framework: a MIM, a standard or a regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Lower-case token that prefixes requirement ids (`mim6` in `mim6:R1`).
    pub id: String,
    /// Full name shown in headings.
    pub name: String,
    /// Short name for tight places (tree rows, table columns).
    pub short_name: String,
    /// What kind of document this is.
    pub kind: FrameworkKind,
    /// Which version of the source the content reflects.
    pub version: String,
    /// A plain-words description of the framework.
    pub summary: String,
    /// The framework's objectives, where the source states them.
    #[serde(default)]
    pub objectives: Vec<String>,
    /// Editorial notes: scope, alternative numbering, caveats.
    #[serde(default)]
    pub notes: Vec<String>,
    /// The documents the content is drawn from; requirements cite them by key.
    pub sources: Vec<Source>,
    /// Mechanisms the framework names as ways to meet its requirements (MIMs); capabilities and
    /// requirements point to them from `ways_to_meet`.
    #[serde(default)]
    pub mechanisms: Vec<Mechanism>,
    /// Top-level groups (capabilities, clauses, themes, articles).
    pub groups: Vec<Group>,
}

/// How directly a source speaks for the framework it describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SourceKind {
    /// The publisher's own text or an exact copy of an official act.
    Primary,
    /// A third-party copy, summary or commentary.
    Secondary,
    /// General knowledge not checked against a cited source.
    GeneralKnowledge,
}

/// A cited document: where the facts in a catalog come from and under what licence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Key that requirements use to cite this source.
    pub key: String,
    /// Title of the document.
    pub document: String,
    /// Version or date of the document.
    pub version: String,
    /// Where to find it.
    pub url: String,
    /// Licence or reuse terms.
    pub licence: String,
    /// Primary, secondary or general knowledge.
    pub kind: SourceKind,
    /// The credit line the licence asks for (CC BY 4.0 and the like), printed in the About view
    /// and in every export that uses the source; empty when no credit is required.
    #[serde(default)]
    pub attribution: String,
}

/// What a group stands for in its framework; only changes how it is labelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GroupKind {
    /// A MIM capability (C1, C2 …).
    Capability,
    /// A clause of a management-system standard.
    Clause,
    /// A theme of controls (ISO/IEC 27001 Annex A themes).
    Theme,
    /// An article or paragraph of a legal act.
    Article,
    /// A section of a document.
    Section,
    /// An annex of a document.
    Annex,
}

/// A group of requirements; groups nest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Identifier, unique in its framework among groups and requirements.
    pub id: String,
    /// What the group stands for.
    pub kind: GroupKind,
    /// Title as the source names it.
    pub title: String,
    /// A plain-words description.
    #[serde(default)]
    pub summary: String,
    /// Editorial notes.
    #[serde(default)]
    pub notes: Vec<String>,
    /// Nested groups.
    #[serde(default)]
    pub groups: Vec<Group>,
    /// The requirements directly in this group.
    #[serde(default)]
    pub requirements: Vec<Requirement>,
    /// Mechanisms and specifications that meet this capability as a whole.
    #[serde(default)]
    pub ways_to_meet: Vec<WayToMeet>,
}

/// A mechanism a framework names: a way of meeting its requirements with named specifications
/// (MIM7's "API Web based" with OGC API – Features, say). Kept as data so that the window and
/// the tender annex can show "ways to meet this" without hard-coding any standard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mechanism {
    /// Identifier within the framework, as the source numbers it (`M1`, `M1.2`).
    pub id: String,
    /// Name as the source gives it.
    pub name: String,
    /// What the mechanism is, in plain words.
    pub summary: String,
    /// The specifications it relies on (standards, protocols, formats).
    pub specifications: Vec<String>,
    /// Key of the framework source that names it.
    pub source: String,
    /// Section, page or URL within the source.
    #[serde(default)]
    pub locator: String,
}

/// A pointer from a capability or requirement to a mechanism, narrowed to the specifications
/// that serve that item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WayToMeet {
    /// Id of a mechanism of the same framework.
    pub mechanism: String,
    /// The specifications of that mechanism that serve this item; empty means all of them.
    #[serde(default)]
    pub specifications: Vec<String>,
    /// How the mechanism meets the item, where that needs saying.
    #[serde(default)]
    pub note: String,
}

/// How binding a requirement is in its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Strength {
    /// Mandatory.
    Shall,
    /// Recommended.
    Should,
    /// Permitted.
    May,
}

impl Strength {
    /// The keyword as printed in checklists and reports.
    pub fn keyword(self) -> &'static str {
        match self {
            Strength::Shall => "SHALL",
            Strength::Should => "SHOULD",
            Strength::May => "MAY",
        }
    }
}

impl Requirement {
    /// The strength as shown to users: the keyword, marked when it is the project's reading of a
    /// sentence without one.
    pub fn strength_label(&self) -> String {
        if self.strength_inferred {
            format!("{} (inferred)", self.strength.keyword())
        } else {
            self.strength.keyword().to_owned()
        }
    }
}

/// How a bidder or an assessed party can prove that a requirement is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Proof {
    /// A signed statement.
    SelfDeclaration,
    /// Documents such as policies, procedures or designs.
    Documentation,
    /// A certificate from an accredited body.
    Certificate,
    /// A live demonstration.
    Demonstration,
    /// A test the buyer or a third party runs.
    Test,
}

impl Proof {
    /// Plain name for labels.
    pub fn label(self) -> &'static str {
        match self {
            Proof::SelfDeclaration => "Self-declaration",
            Proof::Documentation => "Documentation",
            Proof::Certificate => "Certificate",
            Proof::Demonstration => "Demonstration",
            Proof::Test => "Test",
        }
    }
}

/// How well a statement or a mapping reflects its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Confidence {
    /// Checked against the source.
    High,
    /// Mostly checked; some interpretation.
    Medium,
    /// Weak or indirect.
    Low,
}

impl Confidence {
    /// Plain name for labels.
    pub fn label(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }
}

/// One requirement: the unit a city assesses and a buyer puts in a tender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// Identifier within the framework (`R1`, `A.5.15`, `21.2.i`).
    pub id: String,
    /// Short title.
    pub title: String,
    /// How binding it is.
    pub strength: Strength,
    /// True when the source uses no normative keyword and the strength is the project's reading
    /// of a declarative sentence; shown next to the keyword so nobody mistakes it for the source's.
    #[serde(default)]
    pub strength_inferred: bool,
    /// What is required, in the project's own words.
    pub statement: String,
    /// The separate duties a requirement covers when its source bundles several in one
    /// numbered point, each in a few words of the project's own: the walk-through lists them as
    /// a checklist the assessor ticks (kept with the answer), and the report prints which are
    /// met, so one maturity level does not stand for several duties unseen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub obligations: Vec<String>,
    /// Why it matters, in plain words.
    pub why: String,
    /// The question a self-assessment asks.
    pub question: String,
    /// What good looks like.
    #[serde(default)]
    pub guidance: String,
    /// Examples of evidence.
    pub evidence: Vec<String>,
    /// What a buyer would write in a tender.
    pub tender_clause: String,
    /// Suggested means of proof.
    pub proof: Proof,
    /// Key of the framework source this item is drawn from.
    pub source: String,
    /// Section, page or URL within the source.
    #[serde(default)]
    pub locator: String,
    /// How well the item reflects its source.
    pub confidence: Confidence,
    /// Ids in the same framework that this item also relies on.
    #[serde(default)]
    pub related: Vec<String>,
    /// Editorial notes.
    #[serde(default)]
    pub notes: Vec<String>,
    /// Mechanisms and specifications that meet this requirement in particular.
    #[serde(default)]
    pub ways_to_meet: Vec<WayToMeet>,
}
