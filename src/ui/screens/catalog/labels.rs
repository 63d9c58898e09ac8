//! The catalog's words in the user's language: a framework's kind and sourcing, a
//! requirement's strength and proof, a mapping's confidence and relationship.

use crate::catalog::{Confidence, FrameworkKind, Proof, Relationship, Requirement, SourceStanding};
use crate::ui::i18n::I18n;

/// What kind of document a framework is, in the user's language.
pub(crate) fn kind_label(i18n: &I18n, kind: FrameworkKind) -> String {
    i18n.tr(match kind {
        FrameworkKind::Mim => "browser-kind-mim",
        FrameworkKind::Standard => "browser-kind-standard",
        FrameworkKind::Regulation => "browser-kind-regulation",
        FrameworkKind::ClauseLibrary => "browser-kind-clause-library",
    })
}

/// How well a framework is sourced, in the user's language: "all 21 from primary sources" or
/// "18 from primary sources, 5 from secondary sources".
pub(crate) fn standing_label(i18n: &I18n, standing: &SourceStanding) -> String {
    let parts: Vec<String> = [
        (standing.primary, "browser-standing-primary"),
        (standing.secondary, "browser-standing-secondary"),
        (standing.general_knowledge, "browser-standing-general"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, id)| i18n.tr_args(id, &[("count", n.into())]))
    .collect();
    match parts.as_slice() {
        [] => i18n.tr("browser-standing-none"),
        [only] => i18n.tr_args("browser-standing-all", &[("part", only.as_str().into())]),
        _ => parts.join(", "),
    }
}

/// A requirement's strength: the RFC 2119 keyword, which stays in English, marked when it is
/// the project's reading of a sentence without one.
pub(crate) fn strength_label(i18n: &I18n, req: &Requirement) -> String {
    let keyword = req.strength.keyword();
    if req.strength_inferred {
        i18n.tr_args("browser-strength-inferred", &[("keyword", keyword.into())])
    } else {
        keyword.to_owned()
    }
}

/// How a requirement can be proved, in the user's language.
pub(crate) fn proof_label(i18n: &I18n, proof: Proof) -> String {
    i18n.tr(match proof {
        Proof::SelfDeclaration => "browser-proof-self-declaration",
        Proof::Documentation => "browser-proof-documentation",
        Proof::Certificate => "browser-proof-certificate",
        Proof::Demonstration => "browser-proof-demonstration",
        Proof::Test => "browser-proof-test",
    })
}

/// How well a statement or mapping reflects its source (high, medium, low), in the user's
/// language.
pub(crate) fn confidence_label(i18n: &I18n, confidence: Confidence) -> String {
    i18n.tr(match confidence {
        Confidence::High => "browser-confidence-high",
        Confidence::Medium => "browser-confidence-medium",
        Confidence::Low => "browser-confidence-low",
    })
}

/// The words that start a sentence about a mapped pair ("Equal to", "Part of" …).
pub(crate) fn relationship_phrase(i18n: &I18n, relationship: Relationship) -> String {
    i18n.tr(match relationship {
        Relationship::Equal => "browser-relationship-equal",
        Relationship::Subset => "browser-relationship-subset",
        Relationship::Superset => "browser-relationship-superset",
        Relationship::Intersects => "browser-relationship-intersects",
    })
}
