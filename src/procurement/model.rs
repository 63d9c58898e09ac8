//! The tender file model (`.mimtender.ron`): who buys, what the tender is called, and the items
//! chosen from the catalogs with how each is asked for. Items refer to requirements by their
//! stable id and never copy catalog text, so a corrected catalog improves old tenders.

use serde::{Deserialize, Serialize};

use crate::catalog::Proof;

/// The newest tender `format_version` this program reads and writes.
pub const TENDER_FORMAT_VERSION: u32 = 1;

/// A tender: the buyer's choice of requirements and clauses, ready to become an annex and a
/// response form, plus the evaluator's decisions on claimed equivalences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tender {
    /// Version of the file format, so that older files can be migrated on load.
    pub format_version: u32,
    /// The contracting authority.
    pub buyer: String,
    /// The tender's title as published.
    pub title: String,
    /// The buyer's reference number, printed on the annex and the form so answers can be matched.
    #[serde(default)]
    pub reference: String,
    /// Language of the tender documents, as a language tag (`en`, `sv`).
    #[serde(default = "default_language")]
    pub language: String,
    /// Date of issue, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    /// Where bidders send questions, printed in the annex.
    #[serde(default)]
    pub contact: String,
    /// The chosen items, in the order they are numbered.
    #[serde(default)]
    pub items: Vec<TenderItem>,
    /// The evaluator's decisions on "meets by equivalent" answers.
    #[serde(default)]
    pub decisions: Vec<EquivalenceDecision>,
    /// The bidders' filled forms imported in the window, read again when the tender is opened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<ResponseFile>,
}

/// A bidder's filled form as the window imported it: where it is and what it was, so that
/// reopening the tender reads it again and says if it changed meanwhile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseFile {
    /// The file as the user picked it.
    pub path: String,
    /// Its SHA-256 when it was imported.
    pub sha256: String,
}

fn default_language() -> String {
    "en".to_owned()
}

/// One requirement or clause in a tender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenderItem {
    /// The requirement's qualified id (`mim6:R1`, `clauses:CL-EXIT`).
    pub requirement: String,
    /// Pass/fail or weighted.
    pub modality: Modality,
    /// How the bidder proves it.
    pub proof: Proof,
    /// Where in the tender documents it belongs.
    pub placement: Placement,
    /// Print the "or equivalent" wording with this item (required where it names a standard).
    #[serde(default)]
    pub or_equivalent: bool,
    /// The buyer's values for the clause's placeholders (`[number]` days), in the order they
    /// appear; an empty or missing value leaves the placeholder as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fill_ins: Vec<String>,
}

/// Whether an item excludes a bid that does not meet it, or earns points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Modality {
    /// Mandatory: a bid that does not meet it is excluded.
    Must,
    /// An award criterion worth `weight` of 100 points.
    Should {
        /// The item's share of the 100 points.
        weight: u32,
    },
}

impl Modality {
    /// "MUST" or "SHOULD", as printed in the annex and the form.
    pub fn keyword(self) -> &'static str {
        match self {
            Modality::Must => "MUST",
            Modality::Should { .. } => "SHOULD",
        }
    }

    /// The weight of a SHOULD item; none for a MUST.
    pub fn weight(self) -> Option<u32> {
        match self {
            Modality::Must => None,
            Modality::Should { weight } => Some(weight),
        }
    }

    /// The weight as printed: the number for a SHOULD, "pass/fail" for a MUST.
    pub fn weight_label(self) -> String {
        match self {
            Modality::Must => "pass/fail".to_owned(),
            Modality::Should { weight } => weight.to_string(),
        }
    }
}

/// Where an item belongs in the tender documents (Directive 2014/24/EU).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Placement {
    /// Technical specifications (Art. 42): minimum requirements on the offered solution.
    TechnicalSpecification,
    /// Selection criteria (Art. 58): minimum capacity of the bidder.
    SelectionCriteria,
    /// Award criteria (Art. 67): weighted, published in advance.
    AwardCriteria,
    /// Conditions for performance in the draft contract (Art. 70).
    ContractClause,
    /// The acceptance protocol: re-tested at delivery.
    AcceptanceTest,
}

impl Placement {
    /// Every placement, in the order a tender is read.
    pub const ALL: [Placement; 5] = [
        Placement::TechnicalSpecification,
        Placement::SelectionCriteria,
        Placement::AwardCriteria,
        Placement::ContractClause,
        Placement::AcceptanceTest,
    ];

    /// Plain name with its legal basis, for tables.
    pub fn label(self) -> &'static str {
        match self {
            Placement::TechnicalSpecification => "Technical specification (Art. 42)",
            Placement::SelectionCriteria => "Selection criteria (Art. 58)",
            Placement::AwardCriteria => "Award criteria (Art. 67)",
            Placement::ContractClause => "Contract clause (Art. 70)",
            Placement::AcceptanceTest => "Acceptance test",
        }
    }
}

/// Every means of proof, in order of strength.
pub const PROOFS: [Proof; 5] = [
    Proof::SelfDeclaration,
    Proof::Documentation,
    Proof::Certificate,
    Proof::Demonstration,
    Proof::Test,
];

/// The evaluator's decision on one bidder's "meets by equivalent" answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EquivalenceDecision {
    /// The bidder's name as written in its form.
    pub bidder: String,
    /// The item's requirement id.
    pub requirement: String,
    /// True when the equivalence is accepted.
    pub accepted: bool,
    /// Why, for the evaluation report.
    #[serde(default)]
    pub reason: String,
    /// The SHA-256 of the form the decision was made on: a new form from the bidder is decided
    /// anew. Empty: the decision holds for any form of the bidder (given on the command line).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub form_sha256: String,
}

impl Tender {
    /// An empty tender for `buyer`, dated today.
    pub fn new(buyer: &str, title: &str, reference: &str) -> Self {
        Tender {
            format_version: TENDER_FORMAT_VERSION,
            buyer: buyer.to_owned(),
            title: title.to_owned(),
            reference: reference.to_owned(),
            language: default_language(),
            date: crate::assessment::today(),
            contact: String::new(),
            items: Vec::new(),
            decisions: Vec::new(),
            responses: Vec::new(),
        }
    }

    /// The item for `requirement`, if chosen.
    pub fn item(&self, requirement: &str) -> Option<&TenderItem> {
        self.items.iter().find(|i| i.requirement == requirement)
    }

    /// The 1-based number of the item for `requirement`, as printed in the annex and the form.
    pub fn number_of(&self, requirement: &str) -> Option<usize> {
        self.items
            .iter()
            .position(|i| i.requirement == requirement)
            .map(|i| i + 1)
    }

    /// How many items are MUST items (pass/fail), as the annex and the window count them.
    pub fn must_count(&self) -> usize {
        self.items
            .iter()
            .filter(|i| i.modality == Modality::Must)
            .count()
    }

    /// The sum of the SHOULD weights (100 in a finished tender).
    pub fn weight_total(&self) -> u32 {
        // Saturating: a hand-edited file may hold any weight; the sum must not wrap to 100.
        self.items
            .iter()
            .filter_map(|i| i.modality.weight())
            .fold(0, u32::saturating_add)
    }

    /// The evaluator's decision on `bidder`'s equivalence for `requirement` in the form with
    /// SHA-256 `form`, if made.
    pub fn decision(
        &self,
        bidder: &str,
        requirement: &str,
        form: &str,
    ) -> Option<&EquivalenceDecision> {
        self.decisions.iter().find(|d| {
            d.bidder == bidder
                && d.requirement == requirement
                && (d.form_sha256.is_empty() || d.form_sha256 == form)
        })
    }
}
