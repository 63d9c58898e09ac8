//! The tender screen's words for procurement values — warnings, bid statuses, MUST/SHOULD,
//! placements, presets — in the user's language. The library keeps its English wording for
//! the annex and the command line; the window says the same through Fluent.

use crate::procurement::{BidStatus, Modality, Placement, Preset, TenderWarning, number_ranges};
use crate::ui::i18n::{Arg, I18n};

/// "MUST" or "SHOULD" in the user's language.
pub fn modality_text(i18n: &I18n, modality: Modality) -> String {
    match modality {
        Modality::Must => i18n.tr("tender-must"),
        Modality::Should { .. } => i18n.tr("tender-should"),
    }
}

/// Where an item belongs: short for the table's list, or with its legal basis.
pub fn placement_text(i18n: &I18n, placement: Placement, with_basis: bool) -> String {
    let id = match placement {
        Placement::TechnicalSpecification => "tender-place-specification",
        Placement::SelectionCriteria => "tender-place-selection",
        Placement::AwardCriteria => "tender-place-award",
        Placement::ContractClause => "tender-place-contract",
        Placement::AcceptanceTest => "tender-place-acceptance",
    };
    if with_basis {
        i18n.tr(&format!("{id}-basis"))
    } else {
        i18n.tr(id)
    }
}

/// A preset's name and summary.
pub fn preset_text(i18n: &I18n, preset: &Preset) -> (String, String) {
    let id = format!("tender-preset-{}", preset.id);
    (i18n.tr(&id), i18n.tr(&format!("{id}-summary")))
}

/// "item 3" or "items 3–5, 7".
fn items_text(i18n: &I18n, numbers: &[usize]) -> String {
    let list = number_ranges(numbers);
    i18n.tr_args(
        "tender-items-list",
        &[
            ("count", Arg::from(numbers.len())),
            ("list", Arg::from(list)),
        ],
    )
}

/// A bid's standing after the MUST items.
pub fn status_text(i18n: &I18n, status: &BidStatus) -> String {
    match status {
        BidStatus::Compliant => i18n.tr("tender-status-compliant"),
        BidStatus::Excluded(items) => i18n.tr_args(
            "tender-status-excluded",
            &[("items", Arg::from(items_text(i18n, items)))],
        ),
        BidStatus::Undecided(items) => i18n.tr_args(
            "tender-status-undecided",
            &[("items", Arg::from(items_text(i18n, items)))],
        ),
    }
}

/// A warning in plain words.
pub fn warning_text(i18n: &I18n, warning: &TenderWarning) -> String {
    let item = |number: &usize, requirement: &str| {
        vec![
            ("number", Arg::from(*number)),
            ("requirement", Arg::from(requirement)),
        ]
    };
    match warning {
        TenderWarning::Empty => i18n.tr("tender-warn-empty"),
        TenderWarning::NoMust => i18n.tr("tender-warn-no-must"),
        TenderWarning::WeightsNot100 { total } => i18n.tr_args(
            "tender-warn-weights",
            &[("total", Arg::from(*total as usize))],
        ),
        TenderWarning::WeightOver100 {
            number,
            requirement,
            weight,
        } => {
            let mut args = item(number, requirement);
            args.push(("weight", Arg::from(*weight as usize)));
            i18n.tr_args("tender-warn-weight-over", &args)
        }
        TenderWarning::PlacementMismatch {
            number,
            requirement,
        } => i18n.tr_args("tender-warn-placement", &item(number, requirement)),
        TenderWarning::ZeroWeight {
            number,
            requirement,
        } => i18n.tr_args("tender-warn-zero-weight", &item(number, requirement)),
        TenderWarning::StandardWithoutEquivalent {
            number,
            requirement,
        } => i18n.tr_args("tender-warn-standard", &item(number, requirement)),
        TenderWarning::UnknownRequirement {
            number,
            requirement,
        } => i18n.tr_args("tender-warn-unknown", &item(number, requirement)),
        TenderWarning::Duplicate {
            number,
            requirement,
        } => i18n.tr_args("tender-warn-duplicate", &item(number, requirement)),
        TenderWarning::Unfilled {
            number,
            requirement,
            placeholder,
        } => {
            let mut args = item(number, requirement);
            args.push(("placeholder", Arg::from(placeholder.as_str())));
            i18n.tr_args("tender-warn-unfilled", &args)
        }
        TenderWarning::LanguageNotAvailable { language } => i18n.tr_args(
            "tender-warn-language",
            &[("language", Arg::from(language.as_str()))],
        ),
    }
}
