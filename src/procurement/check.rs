//! What a buyer should fix before publishing a tender: the warnings the builder shows and
//! `validate` prints. None of them stops an export; they say what a bidder or a reviewer would
//! trip over.

use crate::catalog::Library;
use crate::words::Words;

use super::layout::placeholders;
use super::model::{Modality, Placement, Tender};
use super::presets::{names_standard, says_or_equivalent};

/// One thing to fix in a tender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TenderWarning {
    /// The tender has no items at all.
    Empty,
    /// No item is mandatory, so no bid can be excluded for missing anything.
    NoMust,
    /// SHOULD items exist but their weights do not sum to 100.
    WeightsNot100 {
        /// The actual sum.
        total: u32,
    },
    /// A SHOULD item weighs more than all 100 points.
    WeightOver100 {
        /// The item's number.
        number: usize,
        /// Its requirement id.
        requirement: String,
        /// The weight.
        weight: u32,
    },
    /// A MUST sits among the award criteria, or a SHOULD outside them: pass/fail items belong in
    /// the specification, selection or contract, weighted ones in the award criteria (Art. 67).
    PlacementMismatch {
        /// The item's number.
        number: usize,
        /// Its requirement id.
        requirement: String,
    },
    /// A SHOULD item with weight 0 can never change the ranking.
    ZeroWeight {
        /// The item's number.
        number: usize,
        /// Its requirement id.
        requirement: String,
    },
    /// A MUST names a standard but the annex would not say "or equivalent" (Art. 42).
    StandardWithoutEquivalent {
        /// The item's number.
        number: usize,
        /// Its requirement id.
        requirement: String,
    },
    /// The id is in no loaded catalog.
    UnknownRequirement {
        /// The item's number.
        number: usize,
        /// Its requirement id.
        requirement: String,
    },
    /// The same requirement appears twice.
    Duplicate {
        /// The later item's number.
        number: usize,
        /// Its requirement id.
        requirement: String,
    },
    /// A placeholder in the item's clause (`[number]` days) has no value yet.
    Unfilled {
        /// The item's number.
        number: usize,
        /// Its requirement id.
        requirement: String,
        /// The placeholder's words.
        placeholder: String,
    },
    /// The catalogs' texts follow the tender's language, but the annex's and the form's own
    /// wording (headings, instructions, response values) exists in English only: the language
    /// has no document words ([`Words::is_shipped`]).
    LanguageNotAvailable {
        /// The tender's language tag.
        language: String,
    },
}

impl TenderWarning {
    /// True for problems that make the annex or the form wrong, so nothing is exported until
    /// they are fixed (the command line refuses such files too).
    pub fn blocks_export(&self) -> bool {
        matches!(
            self,
            TenderWarning::Empty
                | TenderWarning::UnknownRequirement { .. }
                | TenderWarning::Duplicate { .. }
                | TenderWarning::WeightOver100 { .. }
        )
    }

    /// The warning in plain words.
    pub fn message(&self) -> String {
        match self {
            TenderWarning::Empty => "The tender has no items yet.".to_owned(),
            TenderWarning::NoMust => {
                "No item is a MUST: no bid can be excluded for failing a requirement.".to_owned()
            }
            TenderWarning::WeightsNot100 { total } => {
                format!("The SHOULD weights add up to {total}, not 100.")
            }
            TenderWarning::WeightOver100 {
                number,
                requirement,
                weight,
            } => format!(
                "Item {number} ({requirement}) weighs {weight}, more than the 100 points in all."
            ),
            TenderWarning::PlacementMismatch {
                number,
                requirement,
            } => format!(
                "Item {number} ({requirement}): a MUST belongs outside the award criteria, a SHOULD among them."
            ),
            TenderWarning::ZeroWeight {
                number,
                requirement,
            } => format!(
                "Item {number} ({requirement}) is a SHOULD with weight 0: it cannot change the ranking."
            ),
            TenderWarning::StandardWithoutEquivalent {
                number,
                requirement,
            } => format!(
                "Item {number} ({requirement}) is a MUST that names a standard without “or equivalent” (Directive 2014/24/EU, Art. 42)."
            ),
            TenderWarning::UnknownRequirement {
                number,
                requirement,
            } => format!("Item {number}: {requirement} is in no loaded catalog."),
            TenderWarning::Duplicate {
                number,
                requirement,
            } => format!("Item {number}: {requirement} is already in the tender."),
            TenderWarning::Unfilled {
                number,
                requirement,
                placeholder,
            } => format!("Item {number} ({requirement}): fill in [{placeholder}]."),
            TenderWarning::LanguageNotAvailable { language } => format!(
                "The requirement texts are in “{language}” where translated (see `mim-assistant translations`), but the annex's and the form's own headings and instructions are still in English: have them translated."
            ),
        }
    }
}

/// Every warning for `tender`, in item order after the tender-wide ones.
pub fn check_tender(tender: &Tender, library: &Library) -> Vec<TenderWarning> {
    let mut warnings = Vec::new();
    if tender.items.is_empty() {
        warnings.push(TenderWarning::Empty);
        return warnings;
    }
    if !tender.items.iter().any(|i| i.modality == Modality::Must) {
        warnings.push(TenderWarning::NoMust);
    }
    let has_should = tender.items.iter().any(|i| i.modality.weight().is_some());
    let total = tender.weight_total();
    if has_should && total != 100 {
        warnings.push(TenderWarning::WeightsNot100 { total });
    }
    if !Words::is_shipped(&tender.language) {
        warnings.push(TenderWarning::LanguageNotAvailable {
            language: tender.language.clone(),
        });
    }
    for (index, item) in tender.items.iter().enumerate() {
        let number = index + 1;
        let requirement = item.requirement.clone();
        if tender.items[..index]
            .iter()
            .any(|earlier| earlier.requirement == item.requirement)
        {
            warnings.push(TenderWarning::Duplicate {
                number,
                requirement,
            });
            continue;
        }
        let Some(view) = library.requirement(&item.requirement) else {
            warnings.push(TenderWarning::UnknownRequirement {
                number,
                requirement,
            });
            continue;
        };
        for (slot, placeholder) in placeholders(&view.requirement.tender_clause)
            .into_iter()
            .enumerate()
        {
            if item.fill_ins.get(slot).is_none_or(|v| v.trim().is_empty()) {
                warnings.push(TenderWarning::Unfilled {
                    number,
                    requirement: requirement.clone(),
                    placeholder: placeholder.to_owned(),
                });
            }
        }
        let award = item.placement == Placement::AwardCriteria;
        if (item.modality == Modality::Must) == award {
            warnings.push(TenderWarning::PlacementMismatch {
                number,
                requirement: requirement.clone(),
            });
        }
        if let Some(weight) = item.modality.weight().filter(|w| *w > 100) {
            warnings.push(TenderWarning::WeightOver100 {
                number,
                requirement,
                weight,
            });
        } else if item.modality == (Modality::Should { weight: 0 }) {
            warnings.push(TenderWarning::ZeroWeight {
                number,
                requirement,
            });
        } else if item.modality == Modality::Must
            && !item.or_equivalent
            && names_standard(&view.requirement.tender_clause)
            && !says_or_equivalent(&view.requirement.tender_clause)
        {
            warnings.push(TenderWarning::StandardWithoutEquivalent {
                number,
                requirement,
            });
        }
    }
    warnings
}
